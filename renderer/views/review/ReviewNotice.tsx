// PDF screen: marks left in what is about to be printed. The PDF prints the texts as they are (with
// their 「…」), so the coordinator is told how many are unconfirmed and where to check them.
import './review.css';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { liveMarks } from '../../../shared/domain/review-marks.ts';

export function ReviewNotice({ initiatives }: { initiatives: readonly Initiative[] }) {
  const marked = initiatives.filter((it) => liveMarks(it).length > 0);
  const count = marked.reduce((n, it) => n + liveMarks(it).length, 0);
  if (count === 0) return null;
  return (
    <p className="review-notice" role="note" data-review-count={count}>
      印刷する取組に<strong>要確認が {count} 件</strong>残っています({marked.length}取組)。
      公表版の転記で欠けた文などは「…」を含めてそのまま印刷されます。<a href="#/checks">点検で確認する</a>
    </p>
  );
}

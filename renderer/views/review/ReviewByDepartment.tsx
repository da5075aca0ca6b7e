// Dashboard: how many 要確認 marks are left per 課, with links to the initiatives that carry them.
import './review.css';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { reviewCountsByDepartment } from '../../../shared/checks/review-counts.ts';

export function ReviewByDepartment({ initiatives }: { initiatives: readonly Initiative[] }) {
  const { total, byDepartment } = reviewCountsByDepartment(initiatives);
  return (
    <section className="review-by-dept" aria-labelledby="review-dept-h">
      <h2 id="review-dept-h">課別の要確認</h2>
      <p role="status">{total === 0 ? '要確認の項目は残っていません。' : `要確認が ${total} 件残っています(${byDepartment.length}課)。`}
        {total > 0 && <> <a href="#/checks">点検で確認する</a></>}</p>
      {total > 0 && (
        <table>
          <thead><tr><th scope="col">課</th><th scope="col">要確認</th><th scope="col">取組</th></tr></thead>
          <tbody>
            {byDepartment.map((d) => (
              <tr key={d.name}>
                <th scope="row"><a href={`#/checks/${encodeURIComponent(d.name)}`} title={`点検で「${d.name}」の項目を見る`}>{d.name}</a></th>
                <td className="num">{d.marks}件</td>
                <td>{d.initiatives.map((it) => (
                  <a key={it.id} href={`#/initiative/${encodeURIComponent(it.id)}`} className="chip">No.{it.no}({it.marks})</a>
                ))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

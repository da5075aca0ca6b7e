// The list's 「要確認あり」 filter: only initiatives with a 要確認 mark left.
import './review.css';
import type { ListFilter } from '../../../shared/editing/filters.ts';

export function ReviewFilterToggle({ filter, setFilter }: { filter: ListFilter; setFilter: (p: Partial<ListFilter>) => void }) {
  return (
    <div className="filter review-filter">
      <label><input type="checkbox" id="filter-review" checked={filter.needsReview === true}
        onChange={(e) => setFilter({ needsReview: e.target.checked })} /> 要確認あり</label>
    </div>
  );
}

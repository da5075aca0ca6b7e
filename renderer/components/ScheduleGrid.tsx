// The 計画 row drawn as in the PDF: one column per fiscal year, each bar an arrow across its years,
// bars of one lane side by side, lanes stacked. Used by the detail view and the editor's preview.
import type { ScheduleBar } from '../../shared/domain/schema.ts';

export function ScheduleGrid({ years, bars }: { years: number[]; bars: ScheduleBar[] }) {
  const lanes = Math.max(1, ...bars.map((b) => b.lane + 1));
  const first = years[0] ?? 0;
  return (
    <div
      className="schedule-grid"
      role="list"
      aria-label="計画"
      style={{ gridTemplateColumns: `repeat(${years.length}, 1fr)`, gridTemplateRows: `repeat(${lanes}, auto)` }}
    >
      {bars.map((b, i) => (
        <div
          key={i}
          role="listitem"
          className="schedule-bar"
          data-from={b.from}
          data-to={b.to}
          title={`${b.label}(${b.from}〜${b.to}年度)`}
          style={{ gridColumn: `${b.from - first + 1} / ${b.to - first + 2}`, gridRow: b.lane + 1 }}
        >
          <span className="schedule-label">{b.label}</span>
          <span className="schedule-arrow" aria-hidden="true" />
        </div>
      ))}
    </div>
  );
}

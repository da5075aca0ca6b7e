// Horizontal bar charts in plain SVG: each chart has a title and description for screen readers,
// each bar a <title> with its figures. `parts` draws filled/expected as two tones, explained by a
// legend. A label too long for its column wraps onto a second line instead of being cut.
export interface BarRow { label: string; value: number; total?: number; note?: string }

const FONT_PX = 12;
const LINE_H = 14;

/** The label in lines that fit `width` px (CJK at about one em each), at most two; the rest with 「…」. */
function labelLines(label: string, width: number): string[] {
  const per = Math.max(4, Math.floor(width / FONT_PX));
  if (label.length <= per) return [label];
  const cut = label.lastIndexOf(' ', per) > per / 2 ? label.lastIndexOf(' ', per) : per;
  const rest = label.slice(cut).trim();
  return [label.slice(0, cut), rest.length > per ? `${rest.slice(0, per - 1)}…` : rest];
}

export function BarChart({ id, title, rows, unit = '件', labelWidth = 180, legend }: {
  id: string; title: string; rows: BarRow[]; unit?: string; labelWidth?: number;
  /** Names of the tones, for charts with totals: [all filled, some filled, the total]. */
  legend?: [string, string, string];
}) {
  const max = Math.max(1, ...rows.map((r) => r.total ?? r.value));
  const width = 640;
  const barW = width - labelWidth - 90;
  const lines = rows.map((r) => labelLines(r.label, labelWidth - 8));
  const heights = lines.map((l) => (l.length > 1 ? 36 : 24));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0) + 4);
  const height = heights.reduce((a, b) => a + b, 0) + 8;
  const text = (r: BarRow) => (r.total !== undefined ? `${r.value} / ${r.total}${unit}` : `${r.value}${unit}`);
  const hasTotals = rows.some((r) => r.total !== undefined);
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {legend && hasTotals && (
        <ul className="chart-legend" aria-label="凡例">
          <li><span className="swatch chart-bar" />{legend[0]}</li>
          <li><span className="swatch chart-bar-partial" />{legend[1]}</li>
          <li><span className="swatch chart-bar-total" />{legend[2]}</li>
        </ul>
      )}
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <desc id={`${id}-desc`}>{rows.map((r) => `${r.label}: ${text(r)}`).join('、')}</desc>
        {rows.map((r, i) => {
          const y = tops[i]! + (heights[i]! - 24) / 2;
          const full = ((r.total ?? r.value) / max) * barW;
          const part = (r.value / max) * barW;
          const ls = lines[i]!;
          return (
            <g key={r.label} className="chart-row">
              <title>{`${r.label}: ${text(r)}${r.note ? `(${r.note})` : ''}`}</title>
              <text x={labelWidth - 6} y={y + 15 - (ls.length - 1) * (LINE_H / 2)} textAnchor="end" className="chart-label">
                {ls.map((l, k) => <tspan key={k} x={labelWidth - 6} dy={k === 0 ? 0 : LINE_H}>{l}</tspan>)}
              </text>
              {r.total !== undefined && <rect x={labelWidth} y={y + 3} width={full} height={16} className="chart-bar-total" />}
              <rect x={labelWidth} y={y + 3} width={part} height={16} className={r.total !== undefined && r.value < r.total ? 'chart-bar-partial' : 'chart-bar'} />
              <text x={labelWidth + Math.max(full, part) + 6} y={y + 15} className="chart-value">{text(r)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

// Horizontal bar charts in plain SVG: each chart has a title and description for screen readers,
// each bar a <title> with its figures. `parts` draws filled/expected as two tones.
export interface BarRow { label: string; value: number; total?: number; note?: string }

export function BarChart({ id, title, rows, unit = '件', labelWidth = 180 }: { id: string; title: string; rows: BarRow[]; unit?: string; labelWidth?: number }) {
  const max = Math.max(1, ...rows.map((r) => r.total ?? r.value));
  const rowH = 24;
  const width = 640;
  const barW = width - labelWidth - 90;
  const height = rows.length * rowH + 8;
  const text = (r: BarRow) => (r.total !== undefined ? `${r.value} / ${r.total}${unit}` : `${r.value}${unit}`);
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <desc id={`${id}-desc`}>{rows.map((r) => `${r.label}: ${text(r)}`).join('、')}</desc>
        {rows.map((r, i) => {
          const y = i * rowH + 4;
          const full = ((r.total ?? r.value) / max) * barW;
          const part = (r.value / max) * barW;
          return (
            <g key={r.label} className="chart-row">
              <title>{`${r.label}: ${text(r)}${r.note ? `(${r.note})` : ''}`}</title>
              <text x={labelWidth - 6} y={y + 15} textAnchor="end" className="chart-label">{r.label.length > 14 ? `${r.label.slice(0, 14)}…` : r.label}</text>
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

// The progress bar of a PDF being made (role=progressbar, 0–100), and what the backend is doing.
import type { JobView } from './use-pdf-job.ts';

function phaseText(view: JobView): string {
  if (view.kind === 'done') return `作成しました(${view.file.pages} ページ)。`;
  if (view.kind !== 'running') return '';
  if (view.phase === 'layout') return `ページを組みました(${view.pages} ページ)。書き出しています…`;
  if (view.phase === 'render') return `書き出しています… (${view.pages} ページ)`;
  return 'ページを組んでいます…(文字の多い計画では少し時間がかかります)';
}

export function JobProgress({ view }: { view: JobView }) {
  if (view.kind !== 'running' && view.kind !== 'done') return null;
  const pct = view.kind === 'done' ? 100 : Math.round(view.fraction * 100);
  return (
    <div className="pdf-progress">
      <div className="pdf-progress-bar" role="progressbar" aria-label="PDF の作成" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${pct}%`}>
        <div style={{ width: `${pct}%` }} />
      </div>
      <span role="status">{phaseText(view)}</span>
    </div>
  );
}

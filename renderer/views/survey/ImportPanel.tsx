// 回答の取込: pick files or drop them (many at once); each file's outcome with its problems and changes.
import { useState, type DragEvent } from 'react';
import type { ImportFileReport, ImportReport } from '../../../shared/survey/api-types.ts';
import { FIELD_LABELS } from '../../../shared/survey/types.ts';
import { countsText, STATE_LABELS } from '../../../shared/survey/item-state.ts';
import { MAX_RETURN_FILE_BYTES, refusedFile, tooLargeMessage, withRefused, type Placed } from '../../../shared/survey/size-refusal.ts';
import { api } from '../../api/client.ts';
import { fileToBase64 } from './files.ts';
import { filesOfDrop, isReturnFile } from './dropped-files.ts';

const STATUS = { accepted: '取込', replaced: '取込(前の回答と置換)', 'kept-older': '旧版として保存', duplicate: '取込済み(重複)', rejected: '拒否' } as const;

export function ImportPanel({ roundId, onImported, onReview }: { roundId: number; onImported: () => Promise<void>; onReview: () => void }) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (list: FileList | File[]) => {
    const files = [...list].filter((f) => !f.name.startsWith('~$'));
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    // A file too big to be a form is refused by name here, unread; the others are still imported.
    const placed = files.map((file, at) => ({ at, file }));
    const sent = placed.filter((p) => p.file.size <= MAX_RETURN_FILE_BYTES);
    const refused: Placed<ImportFileReport>[] = placed.filter((p) => p.file.size > MAX_RETURN_FILE_BYTES)
      .map((p) => ({ at: p.at, file: refusedFile(p.file.name, tooLargeMessage(p.file.size)) }));
    const r = sent.length === 0 ? null
      : await api.importSurveyReturns({ roundId, files: await Promise.all(sent.map(async (p) => ({ name: p.file.name, base64: await fileToBase64(p.file) }))) });
    setBusy(false);
    if (r && !r.ok) return setError(r.error.message);
    setReport(withRefused(r ? r.value : null, sent, refused));
    if (r) await onImported();
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void filesOfDrop(e.dataTransfer).then(send);
  };

  return (
    <>
      <div className={`dropzone${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        <p>返送された回答ファイル(.xlsx)またはそのフォルダーをここにドラッグ&ドロップするか、選んでください(複数可)。</p>
        <label className="row" style={{ justifyContent: 'center' }}>
          <span>回答ファイルを選ぶ</span>
          <input type="file" multiple accept=".xlsx,.xlsm,.xls,.csv" disabled={busy} onChange={(e) => { if (e.target.files) void send(e.target.files); e.target.value = ''; }} />
        </label>
        <label className="row" style={{ justifyContent: 'center' }}>
          <span>フォルダーごと選ぶ</span>
          <input type="file" multiple disabled={busy} {...{ webkitdirectory: '' }}
            onChange={(e) => { if (e.target.files) void send([...e.target.files].filter((f) => isReturnFile(f.name))); e.target.value = ''; }} />
        </label>
        {busy && <p role="status">取り込み中…</p>}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {report && (
        <section aria-label="取込の結果">
          <h2>取込の結果: 取込 {report.accepted} ・ 拒否 {report.rejected} ・ 重複 {report.duplicates}</h2>
          {report.files.map((f, i) => (
            <div key={i} className="file-report" data-status={f.status}>
              <div><strong>[{STATUS[f.status]}]</strong> {f.fileName}{f.department ? `(${f.department})` : ''}</div>
              <div className={f.status === 'rejected' ? 'error' : ''}>{f.message}</div>
              {f.problems.length > 0 && (
                <ul className="problems">{f.problems.map((p, k) => <li key={k}>{p.sheet ? `シート「${p.sheet}」${p.cell ? `セル ${p.cell}` : ''}: ` : ''}{p.message}</li>)}</ul>
              )}
              {f.changes.length > 0 && (
                <ul>{f.changes.map((c, k) => <li key={k}>{c.conflict && c.state === 'open' ? <strong className="error">競合 </strong> : null}No.{c.no} {c.title} ・ {FIELD_LABELS[c.field]}({c.cell}) ・ {STATE_LABELS[c.state]}</li>)}</ul>
              )}
              {f.status !== 'rejected' && f.status !== 'duplicate' && f.changes.length === 0 && <div>変更はありません。</div>}
            </div>
          ))}
          <p><span className="counts" aria-label="取込後の件数">{report.counts ? `照会全体: ${countsText(report.counts)}` : ''}</span> <button type="button" className="primary" onClick={onReview}>確認・反映へ</button></p>
        </section>
      )}
    </>
  );
}

// PDF 出力: choose what to print (the whole plan, chosen initiatives, one 課) and the year style,
// make the official PDF (in the backend's worker, with a progress bar), preview it, save or print.
import './pdf.css';
import { useEffect, useMemo, useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { EraStyle } from '../../../shared/domain/schema.ts';
import type { WorkingCopyStatus } from '../../../shared/revisions/types.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { JobProgress } from './JobProgress.tsx';
import { choiceToInput, PdfOptionsForm, type PdfChoice } from './PdfOptionsForm.tsx';
import { PdfResult } from './PdfResult.tsx';
import { loadPdfJs } from './pdfjs.ts';
import { parsePdfParam } from './route-param.ts';
import { usePdfJob, type PdfInput } from './use-pdf-job.ts';
import { ReviewNotice } from '../review/ReviewNotice.tsx';
import { usePrintedInitiatives } from './use-printed-initiatives.ts';

const ERA_LABEL: Record<EraStyle, string> = { seireki: '西暦', wareki: '和暦', both: '西暦・和暦併記' };

/** The choice a link asked for (#/pdf/no=5, #/pdf/dept=市民課); what it named but the plan lacks is reported, not kept. */
function choiceFromParam(param: string | null, era: EraStyle, initiatives: InitiativeView[], departments: string[]): { choice: PdfChoice; notice: string | null } {
  const preset = parsePdfParam(param);
  const blank: PdfChoice = { scope: 'all', nos: [], department: '', era, edition: 'working' };
  if (preset.nos) {
    const known = preset.nos.filter((n) => initiatives.some((it) => it.no === n));
    const missing = preset.nos.filter((n) => !known.includes(n));
    return {
      choice: { ...blank, scope: 'selected', nos: known },
      notice: missing.length > 0 ? `No.${missing.join('、No.')} の取組はありません。一覧にある取組から選んでください。` : null,
    };
  }
  if (preset.department) {
    const known = departments.includes(preset.department);
    return {
      choice: { ...blank, scope: 'department', department: known ? preset.department : '' },
      notice: known ? null : `課「${preset.department}」は課の一覧にありません。課を選び直してください。`,
    };
  }
  return { choice: blank, notice: null };
}

function summaryOf(input: PdfInput): string {
  const what = input.only ? `選んだ取組 ${input.only.length} 件` : input.department ? `${input.department}の取組` : '計画全体';
  return `${input.edition === 'frozen' ? '確定済みの改定版・' : ''}${what}・${ERA_LABEL[input.era ?? 'seireki']}`;
}

export function PdfView({ param }: { param: string | null }) {
  const { plan, initiatives } = usePlan();
  const sorted = useMemo(() => [...initiatives].sort((a, b) => a.no - b.no), [initiatives]);
  const departments = useMemo(() => plan?.departments.map((d) => d.name) ?? [], [plan]);
  const [preset, setPreset] = useState(() => choiceFromParam(param, plan?.plan.eraStyle ?? 'seireki', sorted, departments));
  const [choice, setChoice] = useState<PdfChoice>(preset.choice);
  const { view, start } = usePdfJob();
  // Opening the screen starts the PDF worker in the background (it lays out a sample of the plan),
  // and loads pdf.js for the preview, so that neither waits until 作成 is pressed.
  useEffect(() => {
    void api.warmPdfWorker({});
    void loadPdfJs().catch(() => undefined); // a failure shows when the preview opens
  }, []);
  // Whether the working copy differs from the last freeze; asked again after each edit of the plan.
  const [status, setStatus] = useState<WorkingCopyStatus | null>(null);
  useEffect(() => {
    let live = true;
    void api.workingCopyStatus({}).then((r) => { if (live && r.ok) setStatus(r.value); });
    return () => { live = false; };
  }, [plan, initiatives]);
  // Reached again through another link (この取組の PDF / この課の PDF) while open: take its preset.
  // Only a new link re-applies it (the era chosen stays); edits to the plan do not reset the choice.
  useEffect(() => {
    if (!param) return;
    const next = choiceFromParam(param, choice.era, sorted, departments);
    setPreset(next);
    setChoice(next.choice);
  }, [param]); // the other values are read as they are when the link changes

  const printed = usePrintedInitiatives(sorted, choice.edition === 'frozen' ? status?.lastRevision?.label ?? null : null);

  if (!plan) return <p role="status">読み込み中…</p>;
  return (
    <div className="pdf-view">
      <h1>PDF 出力</h1>
      <p className="hint">計画の公式 PDF(A4 横)を作成し、画面で確かめてから保存・印刷します。</p>
      {preset.notice && <p role="alert" className="error">{preset.notice}</p>}
      <PdfOptionsForm
        choice={choice}
        onChange={(c) => { setChoice(c); if (preset.notice) setPreset({ ...preset, notice: null }); }}
        status={status}
        initiatives={sorted}
        departments={departments}
        sampleYear={plan.plan.firstFiscalYear}
        busy={view.kind === 'running'}
        onSubmit={() => void start(choiceToInput(choice))}
      />
      <ReviewNotice initiatives={printed.filter((it) => choice.scope === 'all'
        || (choice.scope === 'selected' ? choice.nos.includes(it.no) : it.departments.includes(choice.department)))} />
      <JobProgress view={view} />
      {view.kind === 'failed' && <p role="alert" className="error">{view.message}</p>}
      {view.kind === 'done' && <PdfResult key={view.serial} file={view.file} bytes={view.bytes} summary={summaryOf(view.input)} />}
    </div>
  );
}

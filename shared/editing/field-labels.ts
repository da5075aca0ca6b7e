// Japanese names of the fields, and short display text of audit values (for 履歴 and 点検).
import type { Policy, Result as ResultRow, ReviewMark, ScheduleBar as ScheduleBarT, SourcePlan as SourcePlanT } from '../domain/schema.ts';
import { markFieldLabel } from '../domain/review-marks.ts';

export const FIELD_LABELS: Record<string, string> = {
  // initiative
  state: '状態', no: 'No.', priority: '重点取組事項', policy: '方針', isNew: '新規', isExpanded: '拡大/拡充', title: '取組内容',
  departments: '実施課', sourcePlans: '関連計画', purpose: '目的', activity: '活動内容', schedule: '計画', results: '実績',
  reviewMarks: '要確認',
  // plan
  edition: '版', organization: '団体名', division: '担当課', firstFiscalYear: '計画期間(開始年度)', lastFiscalYear: '計画期間(終了年度)',
  establishedOn: '策定日', revisedOn: '改定日', eraStyle: '年号の表記', sections: '前文の項目', revisionHistory: '改定履歴', notes: '注記',
  policies: '方針の一覧', document: '計画全体',
};

const PLAN_FIELD_LABELS: Record<string, string> = { title: '計画の名称', departments: '課の一覧' };

export function fieldLabel(entity: string, field: string): string {
  if (entity === 'plan' && PLAN_FIELD_LABELS[field]) return PLAN_FIELD_LABELS[field];
  return FIELD_LABELS[field] ?? field;
}

/** The field a 要確認 mark sits on, in Japanese (a bar by the text the mark was set on). */
export const markName = (m: ReviewMark): string =>
  (/^schedule\[\d+\]$/.test(m.field) ? `計画「${m.text}」` : markFieldLabel({ schedule: [] }, m.field));

const STATE_TEXT: Record<string, string> = { none: '(なし)', live: '有効', deleted: '削除済み' };
const ERA_TEXT: Record<string, string> = { seireki: '西暦', wareki: '和暦', both: '併記' };

/** A value as one short line of text (long texts cut at `max` characters). */
export function formatValue(field: string, v: unknown, max = 200): string {
  const s = formatFull(field, v);
  return s.length > max ? `${s.slice(0, max)}…(${s.length}文字)` : s;
}

function formatFull(field: string, v: unknown): string {
  if (v === null || v === undefined) return '(なし)';
  if (typeof v === 'boolean') return v ? 'はい' : 'いいえ';
  if (field === 'state' && typeof v === 'string') return STATE_TEXT[v] ?? v;
  if (field === 'eraStyle' && typeof v === 'string') return ERA_TEXT[v] ?? v;
  if (typeof v === 'string') return v === '' ? '(空欄)' : v;
  if (typeof v === 'number') return String(v);
  if (!Array.isArray(v)) return field === 'document' ? '(計画全体)' : JSON.stringify(v);
  if (v.length === 0) return '(なし)';
  switch (field) {
    case 'schedule': return (v as ScheduleBarT[]).map((b) => `[段${b.lane + 1}] ${b.label} ${b.from}〜${b.to}`).join(' / ');
    case 'results': return (v as ResultRow[]).map((r) => `${r.fiscalYear}年度: ${r.text}`).join(' / ');
    case 'sourcePlans': return (v as SourcePlanT[]).map((s) => (s.ref ? `${s.name}(${s.ref})` : s.name)).join('、');
    case 'reviewMarks': return (v as ReviewMark[]).map((m) => `${markName(m)}: ${m.reason}`).join(' / ');
    case 'policies': return (v as Policy[]).map((p) => `方針${p.code} ${p.name}`).join('、');
    default: return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('、');
  }
}

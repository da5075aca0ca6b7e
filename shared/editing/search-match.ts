// Where a search matched one initiative: the field and the passage around the hit, found in the
// original text (so 「キャッシュレス」 shows as typed in the plan, not in its normalized form). The list
// shows these under a row when the match is not in a column on screen (a 実績, 目的, 活動内容, 計画).
import type { Initiative } from '../domain/schema.ts';
import { normalizeForSearch, queryTerms } from './normalize.ts';

export interface MatchPlace {
  /** A name for people: 実績(2024年度), 目的, 活動内容, 計画 … */
  label: string;
  before: string;
  hit: string;
  after: string;
}

const CONTEXT = 18;

/** The original text normalized one code point at a time, with where each normalized unit came from. */
function indexed(text: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const n = /\s/u.test(ch) ? ' ' : normalizeForSearch(ch) || ch;
    for (let k = 0; k < n.length; k++) from.push(at);
    norm += n;
    at += ch.length;
  }
  from.push(at);
  return { norm, from };
}

function find(text: string, term: string): Omit<MatchPlace, 'label'> | null {
  const { norm, from } = indexed(text);
  const i = norm.indexOf(term);
  if (i < 0) return null;
  const start = from[i]!;
  const end = from[i + term.length] ?? text.length;
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return {
    before: (start > CONTEXT ? '…' : '') + flat(text.slice(Math.max(0, start - CONTEXT), start)),
    hit: text.slice(start, end),
    after: flat(text.slice(end, end + CONTEXT)) + (end + CONTEXT < text.length ? '…' : ''),
  };
}

/** The fields not shown as list columns, in the order a reader would look. */
function hiddenFields(it: Initiative): { label: string; text: string }[] {
  return [
    { label: '目的', text: it.purpose },
    { label: '活動内容', text: it.activity },
    ...it.schedule.map((b) => ({ label: `計画(${b.from}〜${b.to}年度)`, text: b.label })),
    ...it.results.map((r) => ({ label: `実績(${r.fiscalYear}年度)`, text: r.text })),
    ...it.sourcePlans.filter((s) => s.ref).map((s) => ({ label: `関連計画の項番(${s.name})`, text: s.ref! })),
  ];
}

const visibleText = (it: Initiative) => normalizeForSearch([String(it.no), it.title, ...it.departments, ...it.sourcePlans.map((s) => s.name)].join('\u0001'));

/** For each search term found only outside the list's columns, its first place (one per field). */
export function matchPlaces(it: Initiative, query: string): MatchPlace[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const shown = visibleText(it);
  const out: MatchPlace[] = [];
  for (const term of terms) {
    if (shown.includes(term)) continue;
    for (const f of hiddenFields(it)) {
      const m = find(f.text, term);
      if (m) {
        if (!out.some((o) => o.label === f.label)) out.push({ label: f.label, ...m });
        break;
      }
    }
  }
  return out;
}

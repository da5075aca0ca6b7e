// One normalized search string per initiative, built once per load so filtering 1,000 items stays cheap.
import type { Initiative, Policy } from '../domain/schema.ts';
import { normalizeForSearch, queryTerms } from './normalize.ts';

/** Every field a person might search for, joined (the separator keeps words of two fields apart). */
export function searchTextOf(it: Initiative, policies: readonly Policy[] = []): string {
  const policy = policies.find((p) => p.code === it.policy);
  const parts = [
    `no.${it.no}`, String(it.no), it.id, `方針${it.policy}`, policy?.name ?? '',
    it.priority ? '重点取組事項' : '取組事項', it.isNew ? '新規' : '', it.isExpanded ? '拡大 拡充' : '',
    it.title, ...it.departments, ...it.sourcePlans.map((s) => `${s.name} ${s.ref ?? ''}`),
    it.purpose, it.activity, ...it.schedule.map((b) => b.label), ...it.results.map((r) => r.text),
  ];
  return normalizeForSearch(parts.join('\u0001'));
}

export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(items: readonly Initiative[], policies: readonly Policy[] = []): SearchIndex {
  return new Map(items.map((it) => [it.id, searchTextOf(it, policies)]));
}

/** True when every term of the query occurs in the normalized text (empty query: true). */
export function matchesTerms(normalizedText: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!normalizedText.includes(t)) return false;
  return true;
}

export function matchesQuery(normalizedText: string, query: string): boolean {
  return matchesTerms(normalizedText, queryTerms(query));
}

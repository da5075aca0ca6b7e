// What the synthetic plan samples from: the real sentences, lines, labels and shapes of a published plan.
// Everything here is read off the seed document, so the synthetic plan follows its distributions.
import type { PlanDocument } from '../domain/document.ts';
import type { Initiative, SourcePlan } from '../domain/schema.ts';

export interface SeedPools {
  /** Whole initiatives: each synthetic item copies one's structure (flags, policy, bar shapes, counts). */
  templates: Initiative[];
  titles: string[];
  purposeSentences: string[];
  activityLines: string[];
  resultLines: string[];
  barLabels: string[];
  sourcePlans: SourcePlan[];
  /** The seed's departments, most used first. */
  departments: string[];
  /** The most used department (in the published plan: デジタル推進課) and the share of items that name it. */
  hub: string;
  hubShare: number;
}

/** Splits into sentences that keep their 。 (a trailing fragment without 。 counts as one). */
export function sentences(text: string): string[] {
  return text.split(/(?<=。)/).map((s) => s.trim()).filter((s) => s.length > 0);
}

export function lines(text: string): string[] {
  return text.split('\n').filter((s) => s.trim().length > 0);
}

export function seedPools(seed: PlanDocument): SeedPools {
  const its = seed.initiatives;
  if (its.length === 0) throw new Error('the seed has no initiatives to sample from');
  const uses = new Map<string, number>(seed.departments.map((d) => [d.name, 0]));
  for (const it of its) for (const d of it.departments) uses.set(d, (uses.get(d) ?? 0) + 1);
  // Stable sort: ties keep the seed's order.
  const departments = [...uses.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const hub = departments[0]!;
  return {
    templates: its,
    titles: its.map((i) => i.title),
    purposeSentences: its.flatMap((i) => sentences(i.purpose)),
    activityLines: its.flatMap((i) => lines(i.activity)),
    resultLines: its.flatMap((i) => i.results.flatMap((r) => lines(r.text))),
    barLabels: its.flatMap((i) => i.schedule.map((b) => b.label)),
    sourcePlans: its.flatMap((i) => i.sourcePlans),
    departments,
    hub,
    hubShare: (uses.get(hub) ?? 0) / its.length,
  };
}

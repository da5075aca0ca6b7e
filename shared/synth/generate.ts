// The synthetic plan: N initiatives recombined from a published plan's real text and shapes,
// so 1,000 items read like many published plans stacked (for the benchmark), not lorem ipsum.
// Pure and deterministic: the same seed document, options and seed give the same document.
import { PlanDocument } from '../domain/document.ts';
import type { Initiative, SourcePlan } from '../domain/schema.ts';
import { assignDepartments, departmentNames } from './departments.ts';
import { lines, seedPools, sentences, type SeedPools } from './pools.ts';
import { mulberry32, type Rng } from './prng.ts';

export interface SynthOptions {
  items: number;
  /** Default: about items / 1.1, never fewer than the seed has. */
  departments?: number;
  seed?: number;
}

export const MAX_SYNTH_ITEMS = 99_999; // the largest No. the schema allows

export function defaultDepartmentCount(items: number, seedDepartments: number): number {
  return Math.max(seedDepartments, Math.round(items / 1.1));
}

/** Text with as many pieces as the template's, drawn from the pool (or the template's own text if the pool is empty). */
function recombine(rng: Rng, template: string, pool: readonly string[], split: (s: string) => string[], join: string): string {
  const n = split(template).length;
  if (n === 0 || pool.length === 0) return template;
  return Array.from({ length: n }, () => rng.pick(pool)).join(join);
}

/** Sentences joined without a separator: only whole sentences (ending in 。) may stand before another one. */
function recombinePurpose(rng: Rng, template: string, pool: readonly string[]): string {
  const n = sentences(template).length;
  const whole = pool.filter((s) => s.endsWith('。'));
  if (n === 0 || pool.length === 0 || (n > 1 && whole.length === 0)) return template;
  return Array.from({ length: n }, (_v, k) => rng.pick(k < n - 1 ? whole : pool)).join('');
}

/** The template's title up to its last の, ending like another real title: 書かない窓口の + 推進. */
function recombineTitle(rng: Rng, template: string, titles: readonly string[]): string {
  const cut = template.lastIndexOf('の');
  const other = rng.pick(titles);
  const otherCut = other.lastIndexOf('の');
  if (cut <= 0 || otherCut <= 0 || otherCut === other.length - 1) return template;
  return template.slice(0, cut + 1) + other.slice(otherCut + 1);
}

function pickSourcePlans(rng: Rng, count: number, pool: readonly SourcePlan[]): SourcePlan[] {
  const out: SourcePlan[] = [];
  for (let tries = 0; out.length < count && pool.length > 0 && tries < count * 10; tries++) {
    const p = rng.pick(pool);
    if (!out.some((o) => o.name === p.name)) out.push({ ...p });
  }
  return out;
}

function synthItem(rng: Rng, pools: SeedPools, t: Initiative): Omit<Initiative, 'id' | 'no' | 'departments'> {
  return {
    priority: t.priority,
    policy: t.policy,
    isNew: t.isNew,
    isExpanded: t.isExpanded,
    title: recombineTitle(rng, t.title, pools.titles),
    sourcePlans: pickSourcePlans(rng, t.sourcePlans.length, pools.sourcePlans),
    purpose: recombinePurpose(rng, t.purpose, pools.purposeSentences),
    activity: recombine(rng, t.activity, pools.activityLines, lines, '\n'),
    // Same years, spans and lanes as a real item (so lanes never overlap), real labels.
    schedule: t.schedule.map((b) => ({ ...b, label: pools.barLabels.length > 0 ? rng.pick(pools.barLabels) : b.label })),
    results: t.results.map((r) => ({ fiscalYear: r.fiscalYear, text: recombine(rng, r.text, pools.resultLines, lines, '\n') })),
  };
}

export function synthPlan(seed: PlanDocument, opts: SynthOptions): PlanDocument {
  const { items } = opts;
  if (!Number.isInteger(items) || items < 1 || items > MAX_SYNTH_ITEMS) throw new RangeError(`items must be 1..${MAX_SYNTH_ITEMS}`);
  const rng = mulberry32(opts.seed ?? 1);
  const pools = seedPools(seed);
  const deptCount = opts.departments ?? defaultDepartmentCount(items, seed.departments.length);
  if (!Number.isInteger(deptCount) || deptCount < 1) throw new RangeError('departments must be a positive integer');
  const names = departmentNames(pools.departments, deptCount);
  const templates = Array.from({ length: items }, () => rng.pick(pools.templates));
  const bodies = templates.map((t) => synthItem(rng, pools, t));
  const depts = assignDepartments(rng, names, templates.map((t) => t.departments.length), pools.hubShare);
  // Published order: 重点取組事項 first, then by 方針; numbered 1..N in that order.
  const order = bodies.map((_b, i) => i).sort((a, b) =>
    Number(bodies[b]!.priority) - Number(bodies[a]!.priority) || bodies[a]!.policy - bodies[b]!.policy || a - b);
  const initiatives: Initiative[] = order.map((i, k) => ({ id: `syn-${k + 1}`, no: k + 1, ...bodies[i]!, departments: depts[i]! }));
  return PlanDocument.parse({
    format: seed.format,
    plan: { ...structuredClone(seed.plan), edition: `${seed.plan.edition}(合成 ${items}件・seed ${opts.seed ?? 1})` },
    policies: structuredClone(seed.policies),
    departments: names.map((name) => ({ name })),
    initiatives,
  });
}

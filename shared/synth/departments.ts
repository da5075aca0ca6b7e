// Departments of a synthetic plan: their names, and which items each one carries.
// Every department gets at least one item (a survey round then has one form per department),
// the hub keeps its seed share, the rest are spread evenly like the seed's long tail.
import type { Rng } from './prng.ts';

/** Stems of real 課 names that read well with a number: 市民課 → 市民第2課. */
function stemsOf(names: readonly string[]): string[] {
  return names.filter((n) => n.endsWith('課') && !/[、・]|各|関係|のある|対象/.test(n)).map((n) => n.slice(0, -1));
}

/** `count` distinct names: the hub, then the seed's own names by use, then numbered variants of them. */
export function departmentNames(seedNames: readonly string[], count: number): string[] {
  const names = seedNames.slice(0, count);
  const stems = stemsOf(seedNames);
  const taken = new Set(names);
  for (let k = 2; names.length < count; k++) {
    if (stems.length === 0) {
      names.push(`部署${names.length + 1}`);
      continue;
    }
    for (const stem of stems) {
      if (names.length >= count) break;
      const name = `${stem}第${k}課`;
      if (!taken.has(name)) {
        taken.add(name);
        names.push(name);
      }
    }
  }
  return names;
}

/**
 * For each item, its departments (hub first). `wanted[i]` is the count the item's template had;
 * counts grow where needed so that every department is used.
 */
export function assignDepartments(rng: Rng, names: readonly string[], wanted: readonly number[], hubShare: number): string[][] {
  const d = names.length;
  const [hub, ...others] = names as [string, ...string[]];
  const counts = wanted.map((w) => Math.max(1, Math.min(w, d)));
  const withHub = counts.map(() => d === 1 || rng.chance(hubShare));
  if (!withHub.includes(true)) withHub[rng.int(counts.length)] = true;
  const free = (i: number) => counts[i]! - (withHub[i] ? 1 : 0);
  let slots = counts.reduce((s, _c, i) => s + free(i), 0);
  while (slots < others.length) {
    const i = rng.int(counts.length);
    if (free(i) < others.length) {
      counts[i]! += 1;
      slots += 1;
    }
  }
  // Deal every non-hub department once into a random slot, then fill the remaining slots at random.
  const slotOwners = rng.shuffle(counts.flatMap((_c, i) => Array.from({ length: free(i) }, () => i)));
  const chosen = counts.map((_c, i) => (withHub[i] ? [hub] : []) as string[]);
  const dealt = rng.shuffle(others);
  const rest: number[] = [];
  slotOwners.forEach((i, k) => (k < dealt.length ? chosen[i]!.push(dealt[k]!) : rest.push(i)));
  for (const i of rest) {
    const have = new Set(chosen[i]);
    let name = rng.pick(others);
    while (have.has(name)) name = rng.pick(others);
    chosen[i]!.push(name);
  }
  return chosen;
}

// The bounded text diff behind the survey's change preview and the 新旧対照表: huge texts cost
// little (the common head and tail are cut off before jsdiff tokenizes anything), a bound that is
// hit falls back to one removed + one added passage, and both texts are always spelled back exactly.
import { describe, expect, it } from 'vitest';
import { boundedDiff, commonEnds, type Change } from '../../shared/diff/bounded-diff.ts';
import { diffLineSegments, diffSegments, type DiffSegment } from '../../shared/survey/text-diff.ts';
import { diffText, sideOf } from '../../shared/revisions/text-diff.ts';

const spell = (cs: readonly Change[], side: 'before' | 'after') => cs.filter((c) => (side === 'before' ? !c.added : !c.removed)).map((c) => c.value).join('');
const spellSurvey = (ss: readonly DiffSegment[], side: 'before' | 'after') => ss.filter((s) => s.kind !== (side === 'before' ? 'added' : 'removed')).map((s) => s.text).join('');
const spellRevision = (before: string, after: string) => {
  const segs = diffText(before, after);
  return [sideOf(segs, 'before').map((p) => p.text).join(''), sideOf(segs, 'after').map((p) => p.text).join('')];
};

/** ~10 MB of text with no long repeats (the shape that made the old diff explode). */
const TEN_MB = Array.from({ length: (10 * 1024 * 1024) / 32 }, (_, i) => ((i * 2654435761) >>> 0).toString(36).padStart(8, 'x').repeat(4)).join('');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const ALPHABET = ['あ', 'い', 'の', 'を', 'a', 'b', '\n', '😀', '😁', '𠮷', '・', '。'];
function mutate(text: string, r: () => number): string {
  const cps = [...text];
  for (let k = Math.floor(r() * 6); k >= 0; k--) {
    const i = Math.floor(r() * (cps.length + 1));
    const op = r();
    if (op < 0.4) cps.splice(i, 0, ALPHABET[Math.floor(r() * ALPHABET.length)]!);
    else if (op < 0.7) cps.splice(i, 1 + Math.floor(r() * 3));
    else cps[i] = ALPHABET[Math.floor(r() * ALPHABET.length)]!;
  }
  return cps.join('');
}

describe('bounded diff', () => {
  it('finds the one change in 10 MB texts exactly (no per-character work on the common parts)', () => {
    const after = `${TEN_MB.slice(0, 5_000_000)}変更${TEN_MB.slice(5_000_001)}`;
    const segs = diffSegments(TEN_MB, after);
    expect(segs.map((s) => [s.kind, s.text.length])).toEqual([['same', 5_000_000], ['removed', 1], ['added', 2], ['same', TEN_MB.length - 5_000_001]]);
    expect(spellSurvey(segs, 'before')).toBe(TEN_MB);
    expect(spellSurvey(segs, 'after')).toBe(after);
    const [b, a] = spellRevision(TEN_MB, after);
    expect(b).toBe(TEN_MB);
    expect(a).toBe(after);
  });

  it('falls back to one removed and one added passage for two different 10 MB texts', () => {
    const other = `z${TEN_MB.slice(0, -1).split('').reverse().join('')}`;
    const segs = diffSegments(TEN_MB, other);
    expect(segs.map((s) => s.kind)).toEqual(['removed', 'added']);
    expect(spellSurvey(segs, 'before')).toBe(TEN_MB);
    expect(spellSurvey(segs, 'after')).toBe(other);
    expect(diffText(TEN_MB, other).map((s) => s.kind)).toEqual(['removed', 'added']);
  });

  it('falls back (keeping the common head and tail) when maxEditLength or the size bound is hit', () => {
    const before = '前置き。研修を年2回実施し、受講者は120人でした。結び。';
    const after = '前置き。講座を毎月開催して、参加者が450人になりました。結び。';
    const tight = boundedDiff(before, after, 'chars', { maxEditLength: 3, timeoutMs: 10_000, maxChars: 1_000 });
    expect(tight).toEqual([
      { value: '前置き。', added: false, removed: false },
      { value: before.slice(4, -6), added: false, removed: true },
      { value: after.slice(4, -6), added: true, removed: false },
      { value: 'した。結び。', added: false, removed: false },
    ]);
    const small = boundedDiff(before, after, 'chars', { maxEditLength: 5_000, timeoutMs: 10_000, maxChars: 10 });
    expect(small.map((c) => c.value)).toEqual(tight.map((c) => c.value));
    const free = boundedDiff(before, after);
    expect(free.length).toBeGreaterThan(4);
    for (const cs of [tight, small, free]) {
      expect(spell(cs, 'before')).toBe(before);
      expect(spell(cs, 'after')).toBe(after);
    }
  });

  it('never splits a surrogate pair when cutting the common head and tail', () => {
    expect(commonEnds('😀x', '😁x')).toEqual({ head: 0, tail: 1 });
    expect(commonEnds('a😀', 'b😀')).toEqual({ head: 0, tail: 2 });
    expect(commonEnds('x😀', 'x😁')).toEqual({ head: 1, tail: 0 });
    const segs = diffSegments('𠮷野家の😀', '𠮷野家の😁');
    expect(segs).toEqual([{ text: '𠮷野家の', kind: 'same' }, { text: '😀', kind: 'removed' }, { text: '😁', kind: 'added' }]);
  });

  it('spells both texts back for 2,000 random edits (chars, lines, 新旧対照表)', () => {
    const r = rng(42);
    let text = '・研修を実施しました。\n・受講者は120人😀でした。\n';
    for (let i = 0; i < 2_000; i++) {
      const next = mutate(text, r);
      const tight = i % 3 === 0 ? { maxEditLength: 2, timeoutMs: 10_000, maxChars: 40 } : undefined;
      const cs = boundedDiff(text, next, 'chars', tight);
      expect(spell(cs, 'before')).toBe(text);
      expect(spell(cs, 'after')).toBe(next);
      expect(cs.every((c) => c.value !== '' && !/^[\udc00-\udfff]|[\ud800-\udbff]$/u.test(c.value))).toBe(true);
      const ls = diffLineSegments(text, next);
      expect(spellSurvey(ls, 'before').replace(/\n$/u, '')).toBe(text.replace(/\n$/u, ''));
      expect(spellSurvey(ls, 'after').replace(/\n$/u, '')).toBe(next.replace(/\n$/u, ''));
      expect(spellRevision(text, next)).toEqual([text, next]);
      text = next.length > 400 ? next.slice(0, 200) : next;
    }
  });
});

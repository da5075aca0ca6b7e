// Makes every text of the plan printable before layout: control characters go, a character the font
// cannot draw becomes 〓, a variation selector the font ignores is dropped, and each change becomes
// a warning naming where it happened. Typesetting without a warning: invisible zero-width marks
// are dropped and an ASCII ~ range between Japanese words or numbers prints as 〜. Pure: the glyph check is passed in (fonts.ts has fontkit's).
import type { PlanDocument } from '../../shared/domain/document.ts';

export type HasGlyph = (codePoint: number) => boolean;

export const MISSING = '〓';

// C0 (but \n and \t), DEL, C1, lone surrogates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const INVISIBLE = /[\u200b\u2060\ufeff]/g;
const JA_OR_DIGIT = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆0-9０-９]`;
const TILDE_RANGE = new RegExp(String.raw`(?<=${JA_OR_DIGIT}\s*)~(?=\s*${JA_OR_DIGIT})`, 'gu');
const VARIATION = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const u = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

interface Findings { control: Set<number>; missing: Set<string>; variants: Set<string> }

class Cleaner {
  readonly warnings: string[] = [];
  private readonly cache = new Map<number, boolean>();
  private segmenter: Intl.Segmenter | null = null;
  private readonly hasGlyph: HasGlyph;
  constructor(hasGlyph: HasGlyph) {
    this.hasGlyph = hasGlyph;
  }

  private ok(cp: number): boolean {
    let v = this.cache.get(cp);
    if (v === undefined) {
      v = cp === 0x0a || this.hasGlyph(cp);
      this.cache.set(cp, v);
    }
    return v;
  }

  text(s: string, where: string): string {
    const f: Findings = { control: new Set(), missing: new Set(), variants: new Set() };
    let t = s.replace(/\r\n?|[\u2028\u2029]/g, '\n');
    t = t.replace(CONTROL, (c) => {
      f.control.add(c.codePointAt(0)!);
      return '';
    });
    // pdfmake has no tab stops: a tab prints as two spaces.
    t = t.replace(/\t/g, '  ');
    // Invisible marks pasted in from other programs (zero-width space, word joiner, BOM): nothing to print.
    t = t.replace(INVISIBLE, '');
    // An ASCII tilde between Japanese words or numbers (「12月~1月」) is a range: 〜 in print.
    t = t.replace(TILDE_RANGE, '〜');
    let clean = true;
    for (const ch of t) {
      if (!this.ok(ch.codePointAt(0)!)) {
        clean = false;
        break;
      }
    }
    if (!clean) t = this.replaceMissing(t, f);
    this.report(f, where);
    return t;
  }

  private replaceMissing(t: string, f: Findings): string {
    this.segmenter ??= new Intl.Segmenter('ja', { granularity: 'grapheme' });
    let out = '';
    for (const { segment } of this.segmenter.segment(t)) {
      const cps = Array.from(segment, (c) => c.codePointAt(0)!);
      if (cps.every((cp) => this.ok(cp))) {
        out += segment;
        continue;
      }
      const base = Array.from(segment).filter((c) => !VARIATION.test(c)).join('');
      if (base !== '' && Array.from(base).every((c) => this.ok(c.codePointAt(0)!))) {
        f.variants.add(base);
        out += base;
      } else {
        f.missing.add(segment);
        out += MISSING;
      }
    }
    return out;
  }

  private report(f: Findings, where: string): void {
    if (f.control.size > 0) this.warnings.push(`${where}: 制御文字(${[...f.control].map(u).join('、')})を削除しました。`);
    if (f.missing.size > 0) {
      const list = [...f.missing].slice(0, 10).map((g) => `「${g}」(${Array.from(g, (c) => u(c.codePointAt(0)!)).join(' ')})`).join('、');
      this.warnings.push(`${where}: フォントにない文字 ${list}${f.missing.size > 10 ? ` ほか${f.missing.size - 10}種` : ''} を「${MISSING}」で表示しました。`);
    }
    if (f.variants.size > 0) this.warnings.push(`${where}: 異体字の指定を外して表示しました(${[...f.variants].slice(0, 10).join('、')})。`);
  }
}

/** A printable copy of `doc` and the warnings about what was changed (the stored plan is untouched). */
export function sanitizePlan(doc: PlanDocument, hasGlyph: HasGlyph): { doc: PlanDocument; warnings: string[] } {
  const c = new Cleaner(hasGlyph);
  const p = doc.plan;
  const plan = {
    ...p,
    title: c.text(p.title, '表題'),
    edition: c.text(p.edition, '版'),
    organization: c.text(p.organization, '団体名'),
    division: c.text(p.division, '担当部署'),
    sections: p.sections.map((s, i) => ({ heading: c.text(s.heading, `前文${i + 1} 見出し`), body: c.text(s.body, `前文${i + 1}「${s.heading}」`) })),
    revisionHistory: p.revisionHistory.map((r) => ({ ...r, summary: r.summary.map((x) => c.text(x, `改定履歴(${r.date})`)) })),
    notes: p.notes.map((n, i) => c.text(n, `注記${i + 1}`)),
  };
  const dept = (name: string) => c.text(name, `課「${name}」`);
  const out: PlanDocument = {
    ...doc,
    plan,
    policies: doc.policies.map((x) => ({ ...x, name: c.text(x.name, `方針${x.code}`) })),
    departments: doc.departments.map((d) => ({ name: dept(d.name) })),
    initiatives: doc.initiatives.map((it) => {
      const at = (what: string) => `No.${it.no} ${what}`;
      return {
        ...it,
        title: c.text(it.title, at('取組内容')),
        departments: it.departments.map((d) => c.text(d, at('実施課'))),
        sourcePlans: it.sourcePlans.map((s) => ({ name: c.text(s.name, at('備考(計画名)')), ref: s.ref === null ? null : c.text(s.ref, at('備考(計画の番号)')) })),
        purpose: c.text(it.purpose, at('目的')),
        activity: c.text(it.activity, at('活動内容')),
        schedule: it.schedule.map((b) => ({ ...b, label: c.text(b.label, at(`計画「${b.label}」`)) })),
        results: it.results.map((r) => ({ ...r, text: c.text(r.text, at(`${r.fiscalYear}年度の実績`)) })),
      };
    }),
  };
  return { doc: out, warnings: [...new Set(c.warnings)] };
}

// How far down each worksheet goes, read from its XML before exceljs parses it: 100,000 rows pasted
// under a form cost exceljs ~300 MB and a second, for cells the import never reads. The extent is
// the largest of the sheet's declared <dimension>, the last <row r="…"> and the number of rows
// (r is optional), scanned as plain text: tags and attributes are ASCII, so latin1 keeps them intact.
import type { InflatedEntry } from './inflate-guard.ts';

export interface SheetExtent {
  /** The sheet's name in the workbook (its part name when the workbook does not list it). */
  name: string;
  part: string;
  lastRow: number;
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(tag)?.slice(1).find((v) => v !== undefined) ?? null;
const tags = (xml: string, local: string): string[] => xml.match(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}\\b[^>]*>`, 'gu')) ?? [];
const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/giu, (_m, e: string) => {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
  const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
});

/** The last row a worksheet's XML reaches. */
export function lastRowOf(xml: string): number {
  let last = 0;
  const dim = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*\sref\s*=\s*["']([^"']*)["']/u.exec(xml)?.[1];
  const dimRow = dim ? /(\d+)\s*$/u.exec(dim)?.[1] : undefined;
  if (dimRow) last = Number(dimRow);
  let count = 0;
  for (const m of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>/gu)) {
    count++;
    const r = /\sr\s*=\s*["'](\d+)["']/u.exec(m[1]!)?.[1];
    if (r) last = Math.max(last, Number(r));
  }
  return Math.max(last, count);
}

/** Sheet name → worksheet part, from xl/workbook.xml and its relationships. */
function sheetNames(byName: ReadonlyMap<string, Buffer>): Map<string, string> {
  const wb = byName.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = byName.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const target = new Map<string, string>();
  for (const t of tags(rels, 'Relationship')) {
    const id = attr(t, 'Id');
    const to = attr(t, 'Target');
    if (id && to) target.set(id, to.startsWith('/') ? to.slice(1) : `xl/${to}`);
  }
  const out = new Map<string, string>();
  for (const t of tags(wb, 'sheet')) {
    const name = attr(t, 'name');
    const id = /\s[A-Za-z_][\w.-]*:id\s*=\s*["']([^"']*)["']/u.exec(t)?.[1];
    const part = id ? target.get(id) : undefined;
    if (name && part) out.set(part, unescapeXml(name));
  }
  return out;
}

/** Every worksheet part of the workbook with how far down it goes. */
export function sheetExtents(entries: readonly InflatedEntry[]): SheetExtent[] {
  const byName = new Map(entries.map((e) => [e.info.name.replace(/^\/+/u, ''), e.data]));
  const names = sheetNames(byName);
  const out: SheetExtent[] = [];
  for (const [part, data] of byName) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(part)) continue;
    out.push({ part, name: names.get(part) ?? part, lastRow: lastRowOf(data.toString('latin1')) });
  }
  return out;
}

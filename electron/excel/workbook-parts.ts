// The small parts of a workbook the import needs besides its sheets: content types, the sheet
// list and where each sheet's part is, number formats per style, shared strings, the save time.
import { attrOf, parseXml } from './xml-read.ts';
import { decodeXstring } from './xstring.ts';

export interface ContentTypes {
  /** Content type of a part by its lower-cased name. */
  of(part: string): string;
}

export function readContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  parseXml(xml, {
    open(name, a) {
      if (name === 'Default' && a.Extension) defaults.set(a.Extension.toLowerCase(), a.ContentType ?? '');
      if (name === 'Override' && a.PartName) overrides.set(a.PartName.replace(/^\/+/u, '').toLowerCase(), a.ContentType ?? '');
    },
  });
  return { of: (part) => overrides.get(part) ?? defaults.get(/\.([^./]+)$/u.exec(part)?.[1] ?? '') ?? '' };
}

export interface SheetEntry {
  name: string;
  relId: string;
  state: string;
}

export function readWorkbook(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(xml, {
    open(name, a) {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', relId: attrOf(a, 'id') ?? '', state: a.state ?? 'visible' });
      if (name === 'workbookPr') date1904 = /^(1|true)$/u.test(a.date1904 ?? '');
    },
  });
  return { sheets, date1904 };
}

/** Relationship id → part name, targets resolved against the folder of the part they belong to. */
export function readRelationships(xml: string, folder: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  parseXml(xml, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      const parts = (a.Target.startsWith('/') ? a.Target.slice(1) : `${folder}${a.Target}`).split('/');
      const path: string[] = [];
      for (const p of parts) {
        if (p === '..') path.pop();
        else if (p !== '.' && p !== '') path.push(p);
      }
      out.set(a.Id, { target: path.join('/'), type: a.Type ?? '' });
    },
  });
  return out;
}

export interface Styles {
  /** Number format code of a cell style (xf) index; undefined: General. */
  formatOf(xf: number): { id: number; code: string | undefined };
}

export function readStyles(xml: string): Styles {
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return {
    formatOf(xf) {
      const id = xfs[xf] ?? 0;
      return { id, code: codes.get(id) };
    },
  };
}

/** Every shared string as shown: runs joined, phonetic guides (ruby) left out. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  let inText = false;
  let ruby = 0;
  parseXml(xml, {
    open(name) {
      if (name === 'si') cur = [];
      else if (name === 'rPh') ruby++;
      else if (name === 't' && ruby === 0) inText = true;
    },
    close(name) {
      if (name === 'si' && cur) {
        out.push(decodeXstring(cur.join('')));
        cur = null;
      } else if (name === 'rPh') ruby--;
      else if (name === 't') inText = false;
    },
    text(t) {
      if (inText && cur) cur.push(t);
    },
  });
  return out;
}

/** docProps/core.xml's dcterms:modified (the workbook's own last-saved time), ISO. */
export function readModified(xml: string): string | null {
  let inModified = false;
  let text = '';
  parseXml(xml, {
    open(name) { inModified = name === 'modified'; },
    close() { inModified = false; },
    text(t) { if (inModified) text += t; },
  });
  const d = new Date(text.trim());
  return text.trim() !== '' && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

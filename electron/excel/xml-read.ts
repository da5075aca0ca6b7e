// The one way the import reads a part's XML: saxes (a conforming, non-validating parser) over the
// text, tag names without their namespace prefix. A DOCTYPE is refused outright: no workbook part
// has one, and it is how entity tricks (XXE, "billion laughs") start. Bytes that are not UTF-8
// are reported, not silently turned into U+FFFD.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Thrown by a handler to stop reading early (the caller has what it needs). */
export class StopReading extends Error {}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The part's text; `valid` false when it held bytes that are not UTF-8 (each shown as U+FFFD). */
export function partText(data: Buffer): { text: string; valid: boolean } {
  try {
    return { text: utf8.decode(data), valid: true };
  } catch {
    return { text: lenient.decode(data), valid: false };
  }
}

/** Parses the text, calling the handlers; throws on malformed XML (the caller refuses the file). */
export function parseXml(xml: string, h: XmlHandlers): void {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on('doctype', () => { throw new Error('DOCTYPE'); });
  if (h.open) {
    const open = h.open;
    p.on('opentag', (t) => open(local(t.name), t.attributes as Record<string, string>));
  }
  if (h.close) {
    const close = h.close;
    p.on('closetag', (t) => close(local(t.name)));
  }
  if (h.text) {
    p.on('text', h.text);
    p.on('cdata', h.text);
  }
  try {
    for (let i = 0; i < xml.length; i += 1 << 16) p.write(xml.slice(i, i + (1 << 16)));
    p.close();
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
  }
}

/** An attribute whatever its prefix (r:id, x:r …). */
export function attrOf(attrs: Readonly<Record<string, string>>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const k of Object.keys(attrs)) if (local(k) === name) return attrs[k];
  return undefined;
}

/** An XML Schema boolean: Excel writes "1", LibreOffice "true". */
export const xmlTrue = (v: string | undefined) => v !== undefined && /^\s*(1|true)\s*$/u.test(v);


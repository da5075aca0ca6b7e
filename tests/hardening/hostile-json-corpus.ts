// The hostile JSON corpus for `plan-desk load`: built at test time into a temp folder from a valid
// dump (no opaque files committed). Each case says what the refusal message must contain.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface JsonCase {
  name: string;
  file: string;
  /** The Japanese message must match (it always names the file too); null: the file is accepted. */
  refuse: RegExp | null;
  /** Runs in a child process whose peak memory is compared with a trivial refusal. */
  heavy?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile documents of any shape
type Doc = Record<string, any>;

export function buildJsonCorpus(dir: string, dumpText: string): JsonCase[] {
  mkdirSync(dir, { recursive: true });
  const cases: JsonCase[] = [];
  const base = () => JSON.parse(dumpText) as Doc;
  const add = (name: string, content: string | Buffer, refuse: RegExp | null, heavy = false) => {
    const file = join(dir, `${String(cases.length + 1).padStart(2, '0')}-${name.replace(/[^\w-]+/g, '_')}.json`);
    writeFileSync(file, content);
    cases.push({ name, file, refuse, heavy });
  };
  /** A textual change that must apply (the dump's layout is part of the test). */
  const patched = (from: string, to: string) => {
    const out = dumpText.replace(from, to);
    if (out === dumpText) throw new Error(`corpus: "${from}" not found in the dump`);
    return out;
  };
  const edit = (name: string, change: (d: Doc) => void, refuse: RegExp) => {
    const d = base();
    change(d);
    add(name, JSON.stringify(d, null, 2), refuse);
  };

  // Not JSON at all, or not whole.
  add('empty file', '', /空のファイル/);
  add('whitespace only', ' \n\t\n', /JSON として読めません/);
  add('plain text', 'アクションプラン一覧\n1 書かない窓口', /JSON として読めません\(1 行/);
  add('truncated dump', dumpText.slice(0, Math.floor(dumpText.length / 2)), /JSON として読めません/);
  add('trailing comma', dumpText.replace(/\]\s*\}\s*$/, '],}'), /JSON として読めません\(\d+ 行 \d+ 文字目付近/);
  add('zip renamed .json', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(200, 0xa7)]), /UTF-8 として正しくない文字/);
  add('xlsx-like OLE header renamed .json', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /UTF-8 として正しくない文字/);

  // Encodings.
  add('UTF-8 BOM (accepted)', `\uFEFF${dumpText}`, null);
  add('UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(dumpText, 'utf16le')]), /UTF-16/);
  const lines = dumpText.split('\n');
  const bad = Buffer.concat([Buffer.from(`${lines.slice(0, 5).join('\n')}\n`), Buffer.from([0x22, 0x82, 0xa0, 0xff, 0x22, 0x0a]), Buffer.from(lines.slice(5).join('\n'))]);
  add('invalid UTF-8 on line 6', bad, /6 行目に UTF-8 として正しくない文字/);
  add('Shift_JIS text', Buffer.from([0x7b, 0x22, 0x82, 0xa0, 0x22, 0x3a, 0x31, 0x7d]), /1 行目に UTF-8 として正しくない文字/);

  // Not a plan document.
  add('top-level array', '[1,2,3]', /計画の形式に合いません/);
  add('top-level null', 'null', /計画の形式に合いません/);
  add('top-level string', '"plan"', /計画の形式に合いません/);
  edit('wrong format marker', (d) => { d.format = 'plan-desk/v9'; }, /format/);
  edit('missing plan header', (d) => { delete d.plan; }, /plan/);
  edit('wrong type (No. as text)', (d) => { d.initiatives[0].no = '1'; }, /initiatives\[0\]\.no/);
  edit('全角 digits in No.', (d) => { d.initiatives[0].no = '１２'; }, /initiatives\[0\]\.no/);
  add('number overflow (1e309)', patched('"no": 1,', '"no": 1e309,'), /initiatives\[0\]\.no/);
  edit('non-existent date', (d) => { d.plan.establishedOn = '2025-02-30'; }, /存在しない日付/);
  edit('tampered id (path)', (d) => { d.initiatives[0].id = '../../etc/passwd'; }, /initiatives\[0\]\.id/);
  edit('duplicate ids', (d) => { d.initiatives[1].id = d.initiatives[0].id; }, /重複/);
  edit('unknown 課', (d) => { d.initiatives[0].departments = ['存在しない課']; }, /課の一覧にありません/);
  edit('unknown extra key', (d) => { d.initiatives[0].script = '<script>alert(1)</script>'; }, /script/);
  edit('every initiative broken (message stays short)', (d) => { d.initiatives = Array.from({ length: 500 }, (_, i) => ({ id: `x${i}` })); }, /ほか \d+ 件/);

  // Prototype tricks: JSON.parse makes own keys; the reader refuses them before the schema sees them.
  add('__proto__ at top level', patched('{', '{"__proto__":{"polluted":true},'), /の __proto__: 「__proto__」という項目名は使えません/);
  add('__proto__ inside an initiative', patched('"initiatives": [\n    {', '"initiatives": [\n    {"__proto__":{"isAdmin":true},'), /の initiatives\[0\]\.__proto__: 「__proto__」という項目名は使えません/);
  add('constructor.prototype', patched('{', '{"constructor":{"prototype":{"polluted":true}},'), /の constructor: 「constructor」という項目名は使えません/);

  // Characters no document contains.
  edit('NUL in a title', (d) => { d.initiatives[0].title = `前${'\u0000'}後`; }, /initiatives\[0\]\.title に使えない文字\(U\+0000/);
  edit('control character (BEL) in a body', (d) => { d.initiatives[0].activity = 'ベル\u0007'; }, /U\+0007/);
  edit('lone surrogate', (d) => { d.initiatives[0].purpose = 'a\ud800b'; }, /U\+D800/);

  // Size and depth.
  edit('huge string (2 million characters)', (d) => { d.initiatives[0].activity = 'あ'.repeat(2_000_000); }, /文字数が多すぎます/);
  add('10 MB in one field', JSON.stringify({ ...base(), plan: { ...base().plan, title: 'x'.repeat(10 * 1024 * 1024) } }), /文字数が多すぎます/, true);
  add('deeply nested (100,000 levels)', `{"format":"plan-desk/v1","plan":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /入れ子が深すぎます/, true);
  add('deep object nesting (40 levels)', `{"a":${'{"b":'.repeat(40)}1${'}'.repeat(40)}}`, /入れ子が深すぎます/);

  // Too big to read: refused by its size before a byte is read (sparse files: no disk used).
  const sparse = (name: string, size: number) => {
    const file = join(dir, `${String(cases.length + 1).padStart(2, '0')}-${name.replace(/[^\w-]+/g, '_')}.json`);
    const fd = openSync(file, 'w');
    writeSync(fd, '{"format":"plan-desk/v1","plan":"');
    writeSync(fd, '"}', size - 2);
    closeSync(fd);
    cases.push({ name, file, refuse: /読み込める大きさ\(50\.0 MB\)を超えています/, heavy: true });
  };
  sparse('100 MB JSON', 100 * 1024 * 1024);
  sparse('just over the 50 MB cap', 50 * 1024 * 1024 + 1);

  return cases;
}

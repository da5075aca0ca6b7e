// Reading JSON people (or pages) hand us: a file (load, seeds) or a request body (the browser host),
// by the one reader: refused by size before it is read, by encoding (UTF-16, broken UTF-8) before it
// is parsed, a syntax error located by line and column, then too deep / prototype keys / control
// characters refused.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { AppError } from '../../shared/api/errors.ts';
import { formatPath } from '../../shared/domain/issues.ts';

/** A whole plan dump is about 1 MB; anything far beyond is not one (and would cost memory to parse). */
export const MAX_JSON_BYTES = 50 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads at most `max` bytes of an open file: the size is checked on the descriptor, before reading. */
function readCapped(path: string, max: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new AppError('NOT_FOUND', `ファイル「${path}」を読めません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new AppError('BAD_INPUT', `「${path}」はファイルではありません。JSON ファイルを指定してください。`);
    if (st.size > max) {
      throw new AppError('BAD_INPUT', `「${path}」は ${mb(st.size)} あり、読み込める大きさ(${mb(max)})を超えています。計画の JSON(通常 数 MB 以下)を指定してください。`);
    }
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Where V8's JSON.parse error points: "at position N", or for "Unexpected token 'x', …"snippet"…"
 * (no position given) the place of the quoted snippet in the text. null: the input just ended.
 */
function errorOffset(text: string, msg: string): number | null {
  const pos = /position (\d+)/.exec(msg);
  if (pos) return Number(pos[1]);
  const m = /^Unexpected token '([\s\S]+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(msg);
  if (!m) return null;
  const snippet = text.indexOf(m[2]!);
  if (snippet < 0) return null;
  return snippet + Math.max(0, m[2]!.indexOf(m[1]!));
}

function decodeUtf8(what: string, buf: Buffer): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new AppError('BAD_INPUT', `${what}は UTF-16 で保存されています。文字コードを UTF-8 にして保存し直してください。`);
  }
  if (!isUtf8(buf)) {
    // Byte 0x0A never occurs inside a UTF-8 sequence: the first line that fails is where the damage is.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= buf.length; i++) {
      if (i === buf.length || buf[i] === 0x0a) {
        if (!isUtf8(buf.subarray(start, i))) break;
        line++;
        start = i + 1;
      }
    }
    throw new AppError('BAD_INPUT', `${what}の ${line} 行目に UTF-8 として正しくない文字があります。文字コードを UTF-8 にして保存し直してください(Shift_JIS などは読めません)。`);
  }
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** Deeper than any plan document (about 6 levels): anything beyond is not one. */
export const MAX_JSON_DEPTH = 32;

/** C0 controls other than tab/newline/CR, DEL, and lone surrogates: they break XML (Excel) and PDF text. */
const UNSAFE_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Walks a parsed value without recursion (a hostile file may nest 100,000 levels) and returns the
 * first problem with its JSON path: too deep, a prototype key, or a character no document contains.
 */
export function jsonValueProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const m = UNSAFE_CHAR.exec(v);
      if (m) {
        const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        return `${formatPath(path)} に使えない文字(U+${code}、${m.index + 1} 文字目)があります。制御文字や壊れた文字を削除してください`;
      }
    } else if (v !== null && typeof v === 'object') {
      if (path.length >= maxDepth) return `${formatPath(path)} の入れ子が深すぎます(${maxDepth} 段まで)。計画の JSON ではありません`;
      const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
      for (const [k, x] of entries) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') return `${formatPath([...path, k])}: 「${k}」という項目名は使えません`;
        stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return null;
}

/**
 * Parses JSON bytes with every check above. `what` names the source in messages
 * (「plan.json」, 送信データ); an empty input is a syntax error like any other.
 */
export function parseJsonBytes(buf: Buffer, what: string): unknown {
  const text = decodeUtf8(what, buf);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = errorOffset(text, msg);
    const where = at !== null ? (({ line, column }) => `${line} 行 ${column} 文字目付近`)(lineColumn(text, at)) : text.trim() === '' ? '(空のファイル)' : '末尾';
    throw new AppError('BAD_INPUT', `${what}は JSON として読めません(${where}: ${msg})。テキストエディタで構文を確認してください。`);
  }
  const problem = jsonValueProblem(value);
  if (problem) throw new AppError('BAD_INPUT', `${what}の ${problem}。`);
  return value;
}

export function readJsonFileSafely(path: string, maxBytes = MAX_JSON_BYTES): unknown {
  return parseJsonBytes(readCapped(path, maxBytes), `「${path}」`);
}

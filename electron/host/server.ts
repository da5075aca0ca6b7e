// The browser host: the same handlers as Electron's IPC, served over HTTP on 127.0.0.1 only.
// Every request needs the per-start token (cookie for pages, cookie + header for API calls).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from 'better-sqlite3';
import { dispatch, internalErrorMessage, newErrorId } from '../../shared/api/dispatch.ts';
import { AppError, type ApiResult, type ErrorCode } from '../../shared/api/errors.ts';
import { parseJsonBytes } from '../cli/read-json-file.ts';
import type { Log } from '../log/log-file.ts';
import type { AppDatabase } from '../store/app-open.ts';
import { handlers } from '../handlers/index.ts';
import { makeContext } from '../handlers/context.ts';
import { isHashedAsset, readStatic } from './static-files.ts';
import { CONTENT_SECURITY_POLICY, checkHostAndOrigin, cookieToken, fetchSiteProblem, newToken, PERMISSIONS_POLICY, sameToken, tokenCookieName, TOKEN_HEADER } from './security.ts';

export interface HostOptions {
  db: Database;
  dbPath: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest accepted request body; Excel returns arrive base64-encoded inside JSON. */
  maxBodyBytes?: number;
  /** Where internal errors go, under the id the caller is shown. */
  log?: Pick<Log, 'info' | 'error'>;
  /** The app's open DB: handlers then follow its connection (a view-only start taking over). */
  app?: AppDatabase;
}

export interface RunningHost {
  url: string;
  /** The URL to open: it carries the token once, the host then sets a cookie. */
  openUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY', // as frame-ancestors 'none', for browsers that read only this
  'Permissions-Policy': PERMISSIONS_POLICY,
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: ApiResult<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } });

/** Exactly application/json, optionally with charset=utf-8 (not any type that merely starts so). */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/iu.test(value ?? '');
}

/** The method name of /api/<name>; null when its percent-encoding is broken. */
export function methodNameOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? newToken();
  const limit = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  const ctx = makeContext(opts.db, opts.dbPath, 'browser', opts.app);
  let port = 0;

  const server = createServer(async (req, res) => {
    try {
      const bad = checkHostAndOrigin(req, port) ?? fetchSiteProblem(req);
      if (bad) return refuse(res, 403, 'UNAUTHORIZED', bad);
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

      // First visit: the token arrives in the URL once, becomes an HttpOnly cookie, and leaves the address bar.
      const queryToken = url.searchParams.get('t');
      if (req.method === 'GET' && queryToken !== null) {
        if (!sameToken(queryToken, token)) return refuse(res, 401, 'UNAUTHORIZED', 'アクセス用のトークンが違います。起動時に表示された URL を開いてください。');
        return send(res, 303, 'text/plain; charset=utf-8', '', {
          Location: '/', // never the requested path: `/.//evil.example/` would leave the host
          'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        });
      }
      if (!sameToken(cookieToken(req, tokenCookieName(port)), token)) {
        return refuse(res, 401, 'UNAUTHORIZED', 'アクセス用のトークンがありません。起動時に表示された URL を開いてください。');
      }

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'BAD_INPUT', 'API は POST で呼び出してください。');
        if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
          return refuse(res, 401, 'UNAUTHORIZED', 'API の呼び出しにトークンのヘッダーがありません。');
        }
        if (!isJsonContentType(req.headers['content-type'])) {
          return refuse(res, 415, 'BAD_INPUT', 'API の本文は application/json で送ってください。');
        }
        const body = await readBody(req, limit);
        if (body === 'too-large') return refuse(res, 413, 'BAD_INPUT', `送信データが大きすぎます(上限 ${Math.round(limit / 1024 / 1024)} MB)。`);
        const name = methodNameOf(url.pathname);
        if (name === null) return refuse(res, 400, 'BAD_INPUT', 'API の名前の % エンコードが正しくありません。画面を読み込み直してください。');
        let input: unknown;
        try {
          // The same reader as the CLI's JSON files: UTF-8 only, depth limit, no __proto__/constructor keys.
          input = body.length ? parseJsonBytes(body, '送信データ') : {};
        } catch (e) {
          return refuse(res, 400, 'BAD_INPUT', e instanceof AppError ? e.message : '送信データが JSON として読めません。');
        }
        const result = await dispatch(handlers, name, input, ctx, (e, id) => opts.log?.error(id, `API ${name}`, e));
        return sendJson(res, 200, result);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'BAD_INPUT', 'この URL は GET のみです。');
      const file = await readStatic(opts.staticDir, url.pathname);
      if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'ページが見つかりません。');
      let body = file.body;
      if (file.type.startsWith('text/html')) {
        // The page reads the token from this tag to send it as the API header.
        body = Buffer.from(file.body.toString('utf8').replace('<head>', `<head><meta name="plan-desk-token" content="${token}">`));
      }
      const extra: Record<string, string> = file.type.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {};
      // Hashed build assets never change under their name; the page (which carries the token) and the API are never stored.
      if (isHashedAsset(url.pathname)) extra['Cache-Control'] = 'public, max-age=31536000, immutable';
      return send(res, 200, file.type, body, extra);
    } catch (e) {
      const id = newErrorId();
      opts.log?.error(id, `ブラウザー版 ${req.method ?? ''} ${req.url ?? ''}`, e);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', internalErrorMessage(id));
    }
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000; // a client that trickles its headers is dropped

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}?t=${token}`,
    token,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

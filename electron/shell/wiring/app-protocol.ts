// The renderer is served from the app's own files under app://plan-desk/, never from the network:
// only files inside the renderer folder, each with the CSP.
import type { Protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveInside } from '../../host/static-files.ts';
import { APP_PROTOCOL, CONTENT_SECURITY_POLICY } from '../window-options.ts';

export type FetchFile = (fileUrl: string) => Promise<Response>;

export async function serveAppRequest(req: Request, rendererDir: string, fetchFile: FetchFile): Promise<Response> {
  const pathname = new URL(req.url).pathname;
  const path = resolveInside(rendererDir, pathname === '/' ? '/index.html' : pathname);
  const headers = new Headers({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' });
  if (!path) return new Response('not found', { status: 404, headers });
  const res = await fetchFile(pathToFileURL(path).toString());
  for (const [k, v] of res.headers) if (!headers.has(k)) headers.set(k, v);
  return new Response(res.body, { status: res.status, headers });
}

export function serveApp(protocol: Pick<Protocol, 'handle'>, rendererDir: string, fetchFile: FetchFile): void {
  protocol.handle(APP_PROTOCOL, (req) => serveAppRequest(req, rendererDir, fetchFile));
}

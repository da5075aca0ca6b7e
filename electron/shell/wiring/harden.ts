// The window and session rules of the hardening checklist (docs/INSTALL.md), as functions of the
// Electron objects they set up, so tests can drive them with recording fakes.
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedRequestUrl, isAppUrl } from '../window-options.ts';

/** Every web contents: stays on the app's pages, opens no window, attaches no webview, no DevTools in production. */
export function hardenContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'closeDevTools'>, devTools: boolean): void {
  contents.on('will-navigate', (ev, url) => { if (!isAppUrl(url)) ev.preventDefault(); });
  contents.on('will-redirect', (ev, url) => { if (!isAppUrl(url)) ev.preventDefault(); });
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (!devTools) contents.on('devtools-opened', () => contents.closeDevTools());
}

/** Applies hardenContents to every web contents the app creates, the first window's included. */
export function hardenEveryContents(app: Pick<App, 'on'>, devTools: boolean): void {
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, devTools));
}

type HardenedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler' | 'on'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

/** No permission, no network, the CSP on every response, and no download the page starts itself (files leave through the save dialog). */
export function hardenSession(ses: HardenedSession): void {
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_req, cb) => cb({}));
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequestUrl(details.url) }));
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.on('will-download', (ev) => ev.preventDefault());
}

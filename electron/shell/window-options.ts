// The BrowserWindow's web preferences and the rules every window follows (kept free of the
// electron import so tests can check them without an Electron binary).
import { CONTENT_SECURITY_POLICY } from '../host/security.ts';

export const APP_PROTOCOL = 'app';
export const APP_ORIGIN = `${APP_PROTOCOL}://plan-desk`;

export function webPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: process.env.PLAN_DESK_DEVTOOLS === '1',
  } as const;
}

export { CONTENT_SECURITY_POLICY };

/** Only the app's own pages may be shown; everything else (links, redirects) is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_PROTOCOL}:` && u.host === 'plan-desk';
  } catch {
    return false;
  }
}

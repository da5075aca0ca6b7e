// The BrowserWindow's web preferences and the rules every window follows (kept free of the
// electron import so tests can check them without an Electron binary).
import { CONTENT_SECURITY_POLICY } from '../host/security.ts';

export const APP_PROTOCOL = 'app';
export const APP_ORIGIN = `${APP_PROTOCOL}://plan-desk`;

/** DevTools only in development, on request (PLAN_DESK_DEVTOOLS=1); never in the installed app. */
export function devToolsAllowed(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return !isPackaged && env.PLAN_DESK_DEVTOOLS === '1';
}

export function webPreferences(preloadPath: string, devTools = false) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
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

/** What the session lets through: the app's own files, in-page data and blobs (PDF preview), DevTools. Nothing from a network. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    const p = new URL(url).protocol;
    return p === 'data:' || p === 'blob:' || p === 'devtools:';
  } catch {
    return false;
  }
}

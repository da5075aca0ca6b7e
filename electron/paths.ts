// Where the app keeps its data when no --db is given: the same folder for Electron, host and CLI.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'plan-desk';

/** Windows %APPDATA%\plan-desk, macOS ~/Library/Application Support/plan-desk, else $XDG_CONFIG_HOME/plan-desk. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PLAN_DESK_HOME) return env.PLAN_DESK_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLAN_DESK_DB ?? join(defaultDataDir(env), 'plan-desk.db');
}

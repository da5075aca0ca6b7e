// Settings of this terminal (not of the plan): kept in a small JSON file in the app's data folder,
// never in the shared DB, so each coordinator's name follows their own terminal.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { defaultDataDir } from '../paths.ts';
import { describeStoreFault } from './faults.ts';

export interface TerminalSettings {
  /** The name written into 変更履歴, decisions and returns; '' = the OS login. */
  displayName: string;
}

export const settingsPathOf = (dataDir = defaultDataDir()) => join(dataDir, 'settings.json');

export function osUserName(): string {
  try {
    return userInfo().username || process.env.USERNAME || process.env.USER || '不明';
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '不明';
  }
}

/** The settings on file; a missing or unreadable file gives the defaults (the app still starts). */
export function readTerminalSettings(path = settingsPathOf()): TerminalSettings {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as { displayName?: unknown };
    return { displayName: typeof v.displayName === 'string' ? v.displayName.trim().slice(0, 50) : '' };
  } catch {
    return { displayName: '' };
  }
}

export function saveTerminalSettings(settings: TerminalSettings, path = settingsPathOf()): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify({ displayName: settings.displayName.trim() }, null, 2)}\n`);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw describeStoreFault(e, '') ?? new AppError('STORAGE', `設定のファイル「${path}」に書き込めません(${(e as Error).message})。`);
  }
}

/** Who this terminal's user is in the audit trail: the display name, else the OS login. */
export const displayNameOrLogin = (path = settingsPathOf()) => readTerminalSettings(path).displayName || osUserName();

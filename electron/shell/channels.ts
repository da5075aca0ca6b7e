// The IPC channels: one per contract method, and the shell's own few (saving through the system
// dialog, opening the log folder), which take no path from the page. Shared by main and preload.
import type { MethodName } from '../../shared/api/contract.ts';

export const CHANNEL_PREFIX = 'plan-desk:';
export const channelOf = (name: MethodName) => `${CHANNEL_PREFIX}${name}`;

export const SHELL_CHANNELS = {
  saveFile: 'plan-desk-shell:save-file',
  saveFilesToFolder: 'plan-desk-shell:save-files-to-folder',
  openLogFolder: 'plan-desk-shell:open-log-folder',
} as const;
export type ShellMethod = keyof typeof SHELL_CHANNELS;

// The shell's own channels: save a file through the system save dialog, save several into a
// folder chosen in the folder dialog, open the log folder. The page sends bytes and a suggested
// name only; the place is whatever the dialog returned, and a cancelled dialog writes nothing.
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, Shell } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError, type ApiResult } from '../../../shared/api/errors.ts';
import type { SaveOutcome } from '../../../shared/files/file-download.ts';
import { safeFileName, writeFileAtomically, writeFilesInto } from '../../files/write-files.ts';
import { SHELL_CHANNELS } from '../channels.ts';
import { fromAppFrame, NOT_FROM_APP } from './ipc.ts';

const BytesFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(200),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 500 * 1024 * 1024, { message: 'ファイルが大きすぎます' }),
});
const BytesFiles = z.array(BytesFile).min(1).max(1000);

export interface SaveChannelDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath'>;
  /** The window the dialogs belong to. */
  window: () => BrowserWindow | null;
  /** Where the save dialog starts (the user's documents). */
  startDir: () => string;
  logDir: string;
}

const EXTENSION_LABEL: Record<string, string> = { xlsx: 'Excel ブック', pdf: 'PDF', zip: 'ZIP' };

async function guarded<T>(event: IpcMainInvokeEvent, run: () => Promise<T>): Promise<ApiResult<T>> {
  if (!fromAppFrame(event)) return NOT_FROM_APP;
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toApiError() };
    return { ok: false, error: { code: 'INTERNAL', message: `保存できませんでした(${e instanceof Error ? e.message : String(e)})。` } };
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('BAD_INPUT', '保存するファイルの指定が正しくありません。画面を読み込み直してください。');
  return r.data;
}

export async function saveFileWithDialog(deps: SaveChannelDeps, payload: unknown): Promise<SaveOutcome> {
  const file = parsed(BytesFile, payload);
  const name = safeFileName(file.fileName);
  const ext = /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase();
  const options = {
    title: '保存先を選んでください',
    defaultPath: join(deps.startDir(), name),
    ...(ext ? { filters: [{ name: EXTENSION_LABEL[ext] ?? ext, extensions: [ext] }] } : {}),
  };
  const win = deps.window();
  const r = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
  if (r.canceled || !r.filePath) return { saved: false };
  writeFileAtomically(r.filePath, file.bytes);
  return { saved: true, name: r.filePath };
}

export async function saveFilesWithFolderDialog(deps: SaveChannelDeps, payload: unknown): Promise<SaveOutcome> {
  const files = parsed(BytesFiles, payload);
  const options = { title: '保存するフォルダーを選んでください(空のフォルダー)', defaultPath: deps.startDir(), properties: ['openDirectory' as const, 'createDirectory' as const] };
  const win = deps.window();
  const r = await (win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options));
  const dir = r.filePaths[0];
  if (r.canceled || !dir) return { saved: false };
  writeFilesInto(dir, files.map((f) => ({ fileName: f.fileName, bytes: f.bytes })));
  return { saved: true, name: dir };
}

export function registerShellChannels(ipcMain: Pick<IpcMain, 'handle'>, deps: SaveChannelDeps): void {
  ipcMain.handle(SHELL_CHANNELS.saveFile, (event, payload: unknown) => guarded(event, () => saveFileWithDialog(deps, payload)));
  ipcMain.handle(SHELL_CHANNELS.saveFilesToFolder, (event, payload: unknown) => guarded(event, () => saveFilesWithFolderDialog(deps, payload)));
  ipcMain.handle(SHELL_CHANNELS.openLogFolder, (event) => guarded(event, async () => {
    const problem = await deps.shell.openPath(deps.logDir);
    if (problem) throw new AppError('NOT_FOUND', `ログのフォルダー「${deps.logDir}」を開けませんでした(${problem})。`);
    return { opened: true as const };
  }));
}

// The contract over IPC: one handler per method, each refusing a caller whose frame is not the
// app's page, then the same dispatch as the browser host and the CLI.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames, type MethodName } from '../../../shared/api/contract.ts';
import type { ApiResult } from '../../../shared/api/errors.ts';
import { channelOf } from '../channels.ts';
import { isAppUrl } from '../window-options.ts';

export const NOT_FROM_APP: ApiResult<never> = { ok: false, error: { code: 'UNAUTHORIZED', message: 'このページからの呼び出しは受け付けません。' } };

/** Only our own page may call: a frame from anywhere else gets nothing. */
export const fromAppFrame = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => !!event.senderFrame && isAppUrl(event.senderFrame.url);

export function registerContract(ipcMain: Pick<IpcMain, 'handle'>, call: (name: MethodName, input: unknown) => Promise<ApiResult<unknown>>): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, input: unknown) => (fromAppFrame(event) ? call(name, input) : NOT_FROM_APP));
  }
}

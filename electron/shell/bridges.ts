// What the preload puts in the page: the contract's methods (planDesk) and the shell's save and
// log-folder calls (planDeskShell), each a plain invoke of its channel, frozen. Nothing else of
// Node or IPC. A function of its Electron objects, so a test can run it with fakes.
import type { ContextBridge, IpcRenderer } from 'electron';
import type { MethodName } from '../../shared/api/contract.ts';
import { channelOf, SHELL_CHANNELS } from './channels.ts';

export function exposeBridges(contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipcRenderer: Pick<IpcRenderer, 'invoke'>, methods: readonly MethodName[]): void {
  const api = Object.fromEntries(methods.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]));
  contextBridge.exposeInMainWorld('planDesk', Object.freeze(api));
  const shell = Object.fromEntries(Object.entries(SHELL_CHANNELS).map(([name, channel]) => [name, (arg: unknown) => ipcRenderer.invoke(channel, arg)]));
  contextBridge.exposeInMainWorld('planDeskShell', Object.freeze(shell));
}

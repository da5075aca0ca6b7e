// Preload (sandboxed): exposes exactly the contract's methods to the page, nothing else of Node or IPC.
// The method names are baked in at build time (scripts/build-electron.ts reads them from the
// contract), so this file stays tiny and carries no schema code into the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { MethodName } from '../../shared/api/contract.ts';
import { channelOf } from './channels.ts';

declare const __PLAN_DESK_METHODS__: readonly MethodName[];

const api = Object.fromEntries(
  __PLAN_DESK_METHODS__.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
);

contextBridge.exposeInMainWorld('planDesk', Object.freeze(api));

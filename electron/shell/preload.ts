// Preload (sandboxed): exposes exactly the contract's methods to the page, nothing else of Node or IPC.
import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/api/contract.ts';
import { channelOf } from './channels.ts';

const api = Object.fromEntries(
  methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
);

contextBridge.exposeInMainWorld('planDesk', Object.freeze(api));

// Preload (sandboxed): exposes exactly the contract's methods and the shell's save calls (bridges.ts).
// The method names are baked in at build time (scripts/build-electron.ts reads them from the
// contract), so this file stays tiny and carries no schema code into the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { MethodName } from '../../shared/api/contract.ts';
import { exposeBridges } from './bridges.ts';

declare const __PLAN_DESK_METHODS__: readonly MethodName[];

exposeBridges(contextBridge, ipcRenderer, __PLAN_DESK_METHODS__);

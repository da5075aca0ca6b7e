// The renderer's only way to the backend: the contract's methods, over Electron IPC (preload
// bridge) when present, else as JSON POSTs to the browser host. Same names, same results.
import type { ApiResult } from '../../shared/api/errors.ts';
import type { BytesDownload, SaveOutcome } from '../../shared/files/file-download.ts';
import { methodNames, type MethodInput, type MethodName, type MethodResult } from '../../shared/api/contract.ts';

export type Client = { [N in MethodName]: (input: MethodInput<N>) => Promise<ApiResult<MethodResult<N>>> };

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

function hostToken(): string {
  return document.querySelector('meta[name="plan-desk-token"]')?.getAttribute('content') ?? '';
}

async function overHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const res = await fetch(`./api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Plan-Desk-Token': hostToken() },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    return (await res.json()) as ApiResult<unknown>;
  } catch (e) {
    return { ok: false, error: { code: 'INTERNAL', message: `アプリ本体と通信できません。アプリを起動し直してください。(${String(e)})` } };
  }
}

function makeClient(): Client {
  const bridge = (globalThis as { planDesk?: Bridge }).planDesk;
  const entries = methodNames.map((name) => [
    name,
    bridge ? (input: unknown) => bridge[name]!(input) as Promise<ApiResult<unknown>> : (input: unknown) => overHttp(name, input),
  ]);
  return Object.fromEntries(entries) as Client;
}

export const api: Client = makeClient();

/**
 * What only the Electron shell offers, outside the contract: saving through the system dialog
 * (the main process picks the place with the user) and opening the log folder. null in the browser.
 */
export interface ShellBridge {
  saveFile(file: BytesDownload): Promise<ApiResult<SaveOutcome>>;
  saveFilesToFolder(files: BytesDownload[]): Promise<ApiResult<SaveOutcome>>;
  openLogFolder(): Promise<ApiResult<{ opened: true }>>;
}

export const shell: ShellBridge | null = (globalThis as { planDeskShell?: ShellBridge }).planDeskShell ?? null;

/** Where the page runs, known at once (no round trip): the Electron window has the preload's bridge. */
export const hostKind: 'electron' | 'browser' = (globalThis as { planDesk?: Bridge }).planDesk ? 'electron' : 'browser';

/** Unwraps a result or throws its Japanese message (for places that show errors in one spot). */
export async function must<T>(p: Promise<ApiResult<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// The API contract: every call the renderer, the CLI and the browser host can make.
// name → zod input schema → result type. Electron's main process registers one ipcMain handler
// per key, the preload exposes exactly these keys, and the browser host serves the same map.
import { z } from 'zod';
import { PlanDocument } from '../domain/document.ts';
import type { Department, Initiative, PlanHeader, Policy } from '../domain/schema.ts';
import { InitiativeId } from '../domain/schema.ts';

/** Declares one method: its input schema, and (as a type only) its result. */
function method<I extends z.ZodType, R>(input: I): { input: I; result?: R } {
  return { input };
}

const Empty = z.strictObject({});

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  dbPath: string;
  user: string;
  host: 'electron' | 'browser' | 'cli';
}

export interface PlanView {
  planId: number;
  readOnly: boolean;
  plan: PlanHeader;
  policies: Policy[];
  departments: Department[];
}

export type InitiativeView = Initiative & { version: number };

export const contract = {
  // --- foundation (issue 2) ---
  getAppInfo: method<typeof Empty, AppInfo>(Empty),
  getPlan: method<typeof Empty, PlanView>(Empty),
  listInitiatives: method<typeof Empty, InitiativeView[]>(Empty),
  getInitiative: method<z.ZodObject<{ id: typeof InitiativeId }>, InitiativeView>(z.strictObject({ id: InitiativeId })),
  dumpPlan: method<typeof Empty, PlanDocument>(Empty),
  /** Replaces the whole current plan. `document` is validated by the handler, to name JSON paths in its message. */
  loadPlan: method<z.ZodObject<{ document: z.ZodUnknown }>, { initiatives: number }>(z.strictObject({ document: z.unknown() })),
  // --- editing (issue 4) ---
  // --- PDF (issue 5) ---
  // --- survey rounds (issue 6) ---
  // --- revisions and periods (issue 7) ---
  // --- data safety (issue 8) ---
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<N extends MethodName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends MethodName> = z.output<Contract[N]['input']>;
export type MethodResult<N extends MethodName> = NonNullable<Contract[N]['result']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { PlanDocument };

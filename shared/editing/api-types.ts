// Inputs and results of the editing methods of the API contract.
import { z } from 'zod';
import { FiscalYear, Initiative, InitiativeId, PlanHeader, Policy } from '../domain/schema.ts';

const Version = z.number().int().min(1);
const BatchId = z.number().int().min(1);
const DeptName = z.string().max(100, { message: '課名は100文字以内にしてください' });

export const SaveInitiativeInput = z.strictObject({ id: InitiativeId, version: Version, initiative: Initiative });
export const CreateInitiativeInput = z.strictObject({ initiative: Initiative.extend({ id: InitiativeId.optional() }) });
export const InitiativeRefInput = z.strictObject({ id: InitiativeId, version: Version.optional() });
/** One place up/down (`delta`), or to a place in its group (`position`, 1-based): exactly one of them. */
export const MoveInitiativeInput = z.strictObject({
  id: InitiativeId,
  delta: z.union([z.literal(-1), z.literal(1)]).optional(),
  position: z.number().int().min(1).max(99999).optional(),
}).refine((v) => (v.delta === undefined) !== (v.position === undefined), { message: '移動先は delta か position のどちらか一つで指定してください' });
export const SavePlanHeaderInput = z.strictObject({ version: Version, plan: PlanHeader });
export const SavePoliciesInput = z.strictObject({ version: Version, policies: z.array(Policy).min(1, { message: '方針を1つ以上定義してください' }) });
export const SaveDepartmentsInput = z.strictObject({ version: Version, departments: z.array(DeptName) });
export const RenameDepartmentInput = z.strictObject({ from: DeptName, to: DeptName });
export const MergeDepartmentsInput = z.strictObject({ sources: z.array(DeptName).min(1, { message: '統合する課を選んでください' }), target: DeptName });
export const ListHistoryInput = z.strictObject({
  initiativeId: InitiativeId.optional(), limit: z.number().int().min(1).max(500).optional(), beforeId: BatchId.optional(),
});
export const UndoInput = z.strictObject({ batchId: BatchId.optional() });
export const AsOfInput = z.strictObject({ asOfFiscalYear: FiscalYear.optional() });

export interface SaveResult { version: number; batchId: number | null }
export interface NoChangeResult { changed: number; batchId: number | null }
export interface DepartmentEditResult { version: number; batchId: number | null; initiativesChanged: number }
export interface UndoResult { batchId: number; summary: string }

export interface PlanForEdit {
  planId: number;
  version: number;
  readOnly: boolean;
  plan: PlanHeader;
  policies: Policy[];
  departments: string[];
  /** How many initiatives (live or deleted) name each 課, and use each 方針. */
  departmentUsage: Record<string, number>;
  policyUsage: Record<string, number>;
}

export type BatchKind = 'change' | 'undo' | 'redo';
export interface HistoryEntry { entity: string; entityId: string; target: string; field: string; fieldLabel: string; oldValue: unknown; newValue: unknown }
export interface HistoryBatch {
  id: number; at: string; who: string; source: string; summary: string; kind: BatchKind;
  undoOf: number | null; undoneBy: number | null; reversible: boolean; entries: HistoryEntry[];
}
export interface UndoCandidate { batchId: number; summary: string }
export interface HistoryPage { batches: HistoryBatch[]; undo: UndoCandidate | null; redo: UndoCandidate | null }

export type DeletedInitiative = Initiative & { version: number; deletedAt: string };

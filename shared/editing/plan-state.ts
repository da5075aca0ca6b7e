// The editable state of a plan (live and deleted initiatives included) as plain data, and
// field-level access to it: the generic write path computes the next state here, validates it,
// diffs it for the audit trail, and the store writes only what changed.
import { FORMAT, type Initiative, type PlanHeader, type Policy } from '../domain/schema.ts';
import { compareInitiatives, type PlanDocument } from '../domain/document.ts';

export type InitiativeState = 'none' | 'live' | 'deleted';

export interface PlanState {
  plan: PlanHeader;
  policies: Policy[];
  /** The 課 master, in order. */
  departments: string[];
  initiatives: Map<string, { deleted: boolean; item: Initiative }>;
}

/** One field change, the shape of an audit entry. */
export interface FieldChange { entity: string; entityId: string; field: string; oldValue: unknown; newValue: unknown }

export const HEADER_FIELDS = [
  'title', 'edition', 'organization', 'division', 'firstFiscalYear', 'lastFiscalYear', 'establishedOn', 'revisedOn',
  'eraStyle', 'sections', 'revisionHistory', 'notes',
] as const satisfies readonly (keyof PlanHeader)[];

export const INITIATIVE_FIELDS = [
  'no', 'priority', 'policy', 'isNew', 'isExpanded', 'title', 'departments', 'sourcePlans', 'purpose', 'activity', 'schedule', 'results',
  'reviewMarks',
] as const satisfies readonly (keyof Initiative)[];

export const PLAN_LIST_FIELDS = ['policies', 'departments'] as const;

export function cloneState(s: PlanState): PlanState {
  return structuredClone(s);
}

export function stateFromDocument(doc: PlanDocument, deleted: readonly Initiative[] = []): PlanState {
  const initiatives = new Map<string, { deleted: boolean; item: Initiative }>();
  for (const it of deleted) initiatives.set(it.id, { deleted: true, item: it });
  for (const it of doc.initiatives) initiatives.set(it.id, { deleted: false, item: it });
  return { plan: doc.plan, policies: doc.policies, departments: doc.departments.map((d) => d.name), initiatives };
}

/** The live part as a plan document (document order), e.g. for validation and checks. */
export function documentOfState(s: PlanState): PlanDocument {
  const live = [...s.initiatives.values()].filter((x) => !x.deleted).map((x) => x.item).sort(compareInitiatives);
  return { format: FORMAT, plan: s.plan, policies: s.policies, departments: s.departments.map((name) => ({ name })), initiatives: live };
}

export function deletedOfState(s: PlanState): Initiative[] {
  return [...s.initiatives.values()].filter((x) => x.deleted).map((x) => x.item);
}

const isHeaderField = (f: string): f is (typeof HEADER_FIELDS)[number] => (HEADER_FIELDS as readonly string[]).includes(f);
const isInitiativeField = (f: string): f is (typeof INITIATIVE_FIELDS)[number] => (INITIATIVE_FIELDS as readonly string[]).includes(f);

/** Whether the generic path knows how to read and write this field. */
export function isKnownField(entity: string, field: string): boolean {
  if (entity === 'plan') return isHeaderField(field) || field === 'policies' || field === 'departments' || field === 'document';
  if (entity === 'initiative') return field === 'state' || isInitiativeField(field);
  return false;
}

/** The current value of a field; null for the fields of an initiative that does not exist. */
export function valueOf(s: PlanState, entity: string, id: string, field: string): unknown {
  if (entity === 'plan') {
    if (field === 'policies') return s.policies;
    if (field === 'departments') return s.departments;
    if (field === 'document') return documentOfState(s);
    if (isHeaderField(field)) return s.plan[field];
  } else if (entity === 'initiative') {
    const x = s.initiatives.get(id);
    if (field === 'state') return x ? (x.deleted ? 'deleted' : 'live') : 'none';
    if (isInitiativeField(field)) return x ? x.item[field] : null;
  }
  throw new RangeError(`unknown field ${entity}.${field}`);
}

/**
 * Sets fields (in place). An initiative's fields are set before its state, so a batch that
 * re-creates one (state none → live) brings every field; a missing field fails validation later.
 */
export function applyChanges(s: PlanState, changes: readonly { entity: string; entityId: string; field: string; value: unknown }[]): void {
  const created = new Map<string, Record<string, unknown>>();
  for (const c of changes) {
    if (c.entity === 'plan') {
      if (c.field === 'policies') s.policies = c.value as Policy[];
      else if (c.field === 'departments') s.departments = c.value as string[];
      else if (c.field === 'document') replaceDocument(s, c.value as PlanDocument);
      else if (isHeaderField(c.field)) s.plan = { ...s.plan, [c.field]: c.value };
      else throw new RangeError(`unknown field plan.${c.field}`);
    } else if (c.entity === 'initiative' && isInitiativeField(c.field)) {
      const x = s.initiatives.get(c.entityId);
      if (x) x.item = { ...x.item, [c.field]: c.value };
      else created.set(c.entityId, { ...(created.get(c.entityId) ?? { id: c.entityId }), [c.field]: c.value });
    } else if (!(c.entity === 'initiative' && c.field === 'state')) {
      throw new RangeError(`unknown field ${c.entity}.${c.field}`);
    }
  }
  for (const c of changes) {
    if (c.entity !== 'initiative' || c.field !== 'state') continue;
    const to = c.value as InitiativeState;
    const x = s.initiatives.get(c.entityId);
    if (to === 'none') s.initiatives.delete(c.entityId);
    else if (x) x.deleted = to === 'deleted';
    else s.initiatives.set(c.entityId, { deleted: to === 'deleted', item: (created.get(c.entityId) ?? { id: c.entityId }) as Initiative });
  }
}

function replaceDocument(s: PlanState, doc: PlanDocument): void {
  s.plan = doc.plan;
  s.policies = doc.policies;
  s.departments = doc.departments.map((d) => d.name);
  for (const [id, x] of s.initiatives) if (!x.deleted) s.initiatives.delete(id);
  for (const it of doc.initiatives) s.initiatives.set(it.id, { deleted: false, item: it });
}

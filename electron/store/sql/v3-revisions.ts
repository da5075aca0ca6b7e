// Migration 3: frozen revisions (改定版) and plan periods.
// A revision is a snapshot of the whole PlanDocument (canonical JSON + its SHA-256), never updated.
// A read-only plan (an ended plan period) is guarded by triggers as well as by the handlers, so a
// write that forgets the check still cannot change it (the handlers give the friendly message).

const READ_ONLY_MESSAGE = 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。';
const raise = `SELECT RAISE(ABORT, '${READ_ONLY_MESSAGE}');`;

/** Tables that carry plan_id themselves. */
const PLAN_TABLES = ['plan_section', 'plan_history_row', 'plan_note', 'policy', 'department', 'initiative'];
/** Tables that belong to an initiative. */
const INITIATIVE_TABLES = ['initiative_department', 'source_plan', 'schedule_bar', 'result'];

const roPlan = (ref: string) => `(SELECT read_only FROM plan WHERE id = ${ref}) = 1`;
const roInitiative = (ref: string) => `(SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = ${ref}) = 1`;

function guards(table: string, ro: (ref: string) => string, key: string): string {
  return `
CREATE TRIGGER ${table}_read_only_insert BEFORE INSERT ON ${table} WHEN ${ro(`NEW.${key}`)} BEGIN ${raise} END;
CREATE TRIGGER ${table}_read_only_update BEFORE UPDATE ON ${table} WHEN ${ro(`OLD.${key}`)} OR ${ro(`NEW.${key}`)} BEGIN ${raise} END;
CREATE TRIGGER ${table}_read_only_delete BEFORE DELETE ON ${table} WHEN ${ro(`OLD.${key}`)} BEGIN ${raise} END;`;
}

/** The plan row of a read-only plan: only is_current and read_only itself may change. */
const PLAN_CONTENT = ['title', 'edition', 'organization', 'division', 'first_fy', 'last_fy', 'established_on', 'revised_on', 'era_style'];

export const V3_REVISIONS = /* sql */ `
CREATE TABLE revision (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('初版', '改定')),
  date TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  document_json TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  frozen_at TEXT NOT NULL,
  frozen_by TEXT NOT NULL,
  frozen_via TEXT NOT NULL
) STRICT;
CREATE INDEX revision_plan ON revision (plan_id, date);
CREATE TRIGGER revision_never_updated BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'READ_ONLY: 確定済みの改定版は変更できません。'); END;
CREATE TRIGGER plan_read_only_update BEFORE UPDATE ON plan
WHEN OLD.read_only = 1 AND NEW.read_only = 1 AND (${PLAN_CONTENT.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')})
BEGIN ${raise} END;
${PLAN_TABLES.map((t) => guards(t, roPlan, 'plan_id')).join('\n')}
${INITIATIVE_TABLES.map((t) => guards(t, roInitiative, 'initiative_id')).join('\n')}
`;

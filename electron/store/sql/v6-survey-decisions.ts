// Survey decisions as facts with a history, applies that remember what they wrote, chosen
// recipients, and the 課 master's group flag and contact.
// - survey_decision_event: every decision ever taken (the latest per item is the one in force);
//   its basis is the situation it was taken on (ledger value and each 課's answer), so a decision
//   stays made until a newer answer or a ledger edit arrives, and the app can say which.
// - survey_apply_item: what each apply wrote per item, and the situation right after it.
// - survey_form.removed_*: a 課 taken out of a round (its returns are kept; it leaves 未回答);
//   added_*: a 課 added after the round was created (a late form).
// - survey_group_answerer: which real 課 answer, in a round, for a group entry of the master.
// The old one-row-per-item decisions become events with an unknown basis (they are shown as
// needing a new decision, never silently kept).
export const V6_SURVEY_DECISIONS = /* sql */ `
CREATE TABLE survey_decision_event (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  initiative_id TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('result', 'schedule', 'purpose', 'activity')),
  action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit', 'clear')),
  department TEXT,
  value_json TEXT,
  basis_json TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL
) STRICT;
CREATE INDEX survey_decision_event_item ON survey_decision_event (round_id, initiative_id, field, id);

INSERT INTO survey_decision_event (round_id, initiative_id, field, action, department, value_json, basis_json, decided_at, decided_by)
  SELECT d.round_id, d.initiative_id, d.field, d.action, x.department, d.value_json, 'null', d.decided_at, d.decided_by
  FROM survey_decision d LEFT JOIN survey_return x ON x.id = d.source_return_id ORDER BY d.decided_at;
DROP TABLE survey_decision;

CREATE TABLE survey_apply_item (
  apply_id INTEGER NOT NULL REFERENCES survey_apply (id) ON DELETE CASCADE,
  initiative_id TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('result', 'schedule', 'purpose', 'activity')),
  decision_id INTEGER NOT NULL REFERENCES survey_decision_event (id),
  written INTEGER NOT NULL CHECK (written IN (0, 1)),
  value_json TEXT NOT NULL,
  basis_json TEXT NOT NULL,
  PRIMARY KEY (apply_id, initiative_id, field)
) STRICT;

ALTER TABLE survey_form ADD COLUMN added_at TEXT;
ALTER TABLE survey_form ADD COLUMN added_by TEXT;
ALTER TABLE survey_form ADD COLUMN removed_at TEXT;
ALTER TABLE survey_form ADD COLUMN removed_by TEXT;

CREATE TABLE survey_group_answerer (
  round_id INTEGER NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  group_name TEXT NOT NULL,
  department TEXT NOT NULL,
  PRIMARY KEY (round_id, group_name, department)
) STRICT;

ALTER TABLE survey_round ADD COLUMN mail_subject TEXT;
ALTER TABLE survey_round ADD COLUMN mail_body TEXT;

ALTER TABLE department ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1));
ALTER TABLE department ADD COLUMN mail TEXT;
ALTER TABLE department ADD COLUMN contact_name TEXT;
-- The published plan's entries that name a set of 課, not one 課.
UPDATE department SET is_group = 1 WHERE name IN ('庁内各課', '関係課', '現金取扱のある課', '標準化対象20業務所管課', '土木、建築関係各課');
`;

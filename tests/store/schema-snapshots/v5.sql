-- migration 5: sha256 of its SQL 00c0c7c5d9b18b3708294fc994d462cd19e75edc4ba89662b75bb6008509adc5
PRAGMA user_version = 5;

-- index change_entry_entity on change_entry
CREATE INDEX change_entry_entity ON change_entry (entity, entity_id);

-- index initiative_department_dept on initiative_department
CREATE INDEX initiative_department_dept ON initiative_department (department_id);

-- index initiative_live_no on initiative
CREATE UNIQUE INDEX initiative_live_no ON initiative (plan_id, no) WHERE deleted_at IS NULL;

-- index initiative_plan on initiative
CREATE INDEX initiative_plan ON initiative (plan_id);

-- index plan_single_current on plan
CREATE UNIQUE INDEX plan_single_current ON plan (is_current) WHERE is_current = 1;

-- index revision_plan on revision
CREATE INDEX revision_plan ON revision (plan_id, date);

-- index survey_return_active on survey_return
CREATE INDEX survey_return_active ON survey_return (round_id, department) WHERE superseded_by IS NULL;

-- table change_batch on change_batch
CREATE TABLE change_batch (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER REFERENCES plan (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  source TEXT NOT NULL,
  summary TEXT NOT NULL,
  undone_by INTEGER REFERENCES change_batch (id),
  undo_of INTEGER REFERENCES change_batch (id)
) STRICT;

-- table change_entry on change_entry
CREATE TABLE change_entry (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES change_batch (id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_json TEXT,
  new_json TEXT
) STRICT;

-- table department on department
CREATE TABLE department (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (plan_id, name)
) STRICT;

-- table initiative on initiative
CREATE TABLE initiative (
  id TEXT PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  no INTEGER NOT NULL,
  priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
  policy_code INTEGER NOT NULL,
  is_new INTEGER NOT NULL CHECK (is_new IN (0, 1)),
  is_expanded INTEGER NOT NULL CHECK (is_expanded IN (0, 1)),
  title TEXT NOT NULL,
  purpose TEXT NOT NULL,
  activity TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT,
  FOREIGN KEY (plan_id, policy_code) REFERENCES policy (plan_id, code)
) STRICT;

-- table initiative_department on initiative_department
CREATE TABLE initiative_department (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  department_id INTEGER NOT NULL REFERENCES department (id),
  PRIMARY KEY (initiative_id, pos),
  UNIQUE (initiative_id, department_id)
) STRICT;

-- table plan on plan
CREATE TABLE plan (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  edition TEXT NOT NULL,
  organization TEXT NOT NULL,
  division TEXT NOT NULL,
  first_fy INTEGER NOT NULL,
  last_fy INTEGER NOT NULL CHECK (last_fy >= first_fy),
  established_on TEXT NOT NULL,
  revised_on TEXT,
  era_style TEXT NOT NULL DEFAULT 'seireki' CHECK (era_style IN ('seireki', 'wareki', 'both')),
  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  read_only INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;

-- table plan_history_row on plan_history_row
CREATE TABLE plan_history_row (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('初版', '改定')),
  date TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  PRIMARY KEY (plan_id, pos)
) STRICT;

-- table plan_note on plan_note
CREATE TABLE plan_note (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (plan_id, pos)
) STRICT;

-- table plan_section on plan_section
CREATE TABLE plan_section (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  heading TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (plan_id, pos)
) STRICT;

-- table policy on policy
CREATE TABLE policy (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  code INTEGER NOT NULL,
  name TEXT NOT NULL,
  pos INTEGER NOT NULL,
  PRIMARY KEY (plan_id, code)
) STRICT;

-- table result on result
CREATE TABLE result (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  fiscal_year INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (initiative_id, fiscal_year)
) STRICT;

-- table review_mark on review_mark
CREATE TABLE review_mark (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (initiative_id, field)
) STRICT;

-- table revision on revision
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

-- table schedule_bar on schedule_bar
CREATE TABLE schedule_bar (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  lane INTEGER NOT NULL CHECK (lane >= 0),
  label TEXT NOT NULL,
  from_fy INTEGER NOT NULL,
  to_fy INTEGER NOT NULL,
  CHECK (from_fy <= to_fy),
  PRIMARY KEY (initiative_id, pos)
) STRICT;

-- table source_plan on source_plan
CREATE TABLE source_plan (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  name TEXT NOT NULL,
  ref TEXT,
  PRIMARY KEY (initiative_id, pos)
) STRICT;

-- table survey_apply on survey_apply
CREATE TABLE survey_apply (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  fields INTEGER NOT NULL,
  initiatives INTEGER NOT NULL,
  backup_path TEXT,
  undone_at TEXT,
  undone_by TEXT
) STRICT;

-- table survey_apply_batch on survey_apply_batch
CREATE TABLE survey_apply_batch (
  apply_id INTEGER NOT NULL REFERENCES survey_apply (id) ON DELETE CASCADE,
  batch_id INTEGER NOT NULL REFERENCES change_batch (id),
  PRIMARY KEY (apply_id, batch_id)
) STRICT;

-- table survey_decision on survey_decision
CREATE TABLE survey_decision (
  round_id INTEGER NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  initiative_id TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('result', 'schedule', 'purpose', 'activity')),
  action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit')),
  value_json TEXT,
  source_return_id INTEGER REFERENCES survey_return (id),
  fingerprint TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  PRIMARY KEY (round_id, initiative_id, field)
) STRICT;

-- table survey_form on survey_form
CREATE TABLE survey_form (
  round_id INTEGER NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  department TEXT NOT NULL,
  pos INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  blocks_json TEXT NOT NULL,
  PRIMARY KEY (round_id, department)
) STRICT;

-- table survey_return on survey_return
CREATE TABLE survey_return (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL,
  department TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  content BLOB NOT NULL,
  saved_at TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  blocks_json TEXT NOT NULL,
  superseded_by INTEGER REFERENCES survey_return (id),
  FOREIGN KEY (round_id, department) REFERENCES survey_form (round_id, department) ON DELETE CASCADE,
  UNIQUE (round_id, sha256)
) STRICT;

-- table survey_round on survey_round
CREATE TABLE survey_round (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) >= 16),
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  fiscal_year INTEGER NOT NULL,
  deadline TEXT,
  form_version INTEGER NOT NULL,
  protect_password TEXT NOT NULL,
  snapshot_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

-- trigger department_read_only_delete on department
CREATE TRIGGER department_read_only_delete BEFORE DELETE ON department WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger department_read_only_insert on department
CREATE TRIGGER department_read_only_insert BEFORE INSERT ON department WHEN (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger department_read_only_update on department
CREATE TRIGGER department_read_only_update BEFORE UPDATE ON department WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 OR (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger initiative_department_read_only_delete on initiative_department
CREATE TRIGGER initiative_department_read_only_delete BEFORE DELETE ON initiative_department WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger initiative_department_read_only_insert on initiative_department
CREATE TRIGGER initiative_department_read_only_insert BEFORE INSERT ON initiative_department WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger initiative_department_read_only_update on initiative_department
CREATE TRIGGER initiative_department_read_only_update BEFORE UPDATE ON initiative_department WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 OR (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger initiative_read_only_delete on initiative
CREATE TRIGGER initiative_read_only_delete BEFORE DELETE ON initiative WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger initiative_read_only_insert on initiative
CREATE TRIGGER initiative_read_only_insert BEFORE INSERT ON initiative WHEN (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger initiative_read_only_update on initiative
CREATE TRIGGER initiative_read_only_update BEFORE UPDATE ON initiative WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 OR (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_history_row_read_only_delete on plan_history_row
CREATE TRIGGER plan_history_row_read_only_delete BEFORE DELETE ON plan_history_row WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_history_row_read_only_insert on plan_history_row
CREATE TRIGGER plan_history_row_read_only_insert BEFORE INSERT ON plan_history_row WHEN (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_history_row_read_only_update on plan_history_row
CREATE TRIGGER plan_history_row_read_only_update BEFORE UPDATE ON plan_history_row WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 OR (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_note_read_only_delete on plan_note
CREATE TRIGGER plan_note_read_only_delete BEFORE DELETE ON plan_note WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_note_read_only_insert on plan_note
CREATE TRIGGER plan_note_read_only_insert BEFORE INSERT ON plan_note WHEN (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_note_read_only_update on plan_note
CREATE TRIGGER plan_note_read_only_update BEFORE UPDATE ON plan_note WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 OR (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_read_only_update on plan
CREATE TRIGGER plan_read_only_update BEFORE UPDATE ON plan
WHEN OLD.read_only = 1 AND NEW.read_only = 1 AND (NEW.title IS NOT OLD.title OR NEW.edition IS NOT OLD.edition OR NEW.organization IS NOT OLD.organization OR NEW.division IS NOT OLD.division OR NEW.first_fy IS NOT OLD.first_fy OR NEW.last_fy IS NOT OLD.last_fy OR NEW.established_on IS NOT OLD.established_on OR NEW.revised_on IS NOT OLD.revised_on OR NEW.era_style IS NOT OLD.era_style)
BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_section_read_only_delete on plan_section
CREATE TRIGGER plan_section_read_only_delete BEFORE DELETE ON plan_section WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_section_read_only_insert on plan_section
CREATE TRIGGER plan_section_read_only_insert BEFORE INSERT ON plan_section WHEN (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger plan_section_read_only_update on plan_section
CREATE TRIGGER plan_section_read_only_update BEFORE UPDATE ON plan_section WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 OR (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger policy_read_only_delete on policy
CREATE TRIGGER policy_read_only_delete BEFORE DELETE ON policy WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger policy_read_only_insert on policy
CREATE TRIGGER policy_read_only_insert BEFORE INSERT ON policy WHEN (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger policy_read_only_update on policy
CREATE TRIGGER policy_read_only_update BEFORE UPDATE ON policy WHEN (SELECT read_only FROM plan WHERE id = OLD.plan_id) = 1 OR (SELECT read_only FROM plan WHERE id = NEW.plan_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger result_read_only_delete on result
CREATE TRIGGER result_read_only_delete BEFORE DELETE ON result WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger result_read_only_insert on result
CREATE TRIGGER result_read_only_insert BEFORE INSERT ON result WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger result_read_only_update on result
CREATE TRIGGER result_read_only_update BEFORE UPDATE ON result WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 OR (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger revision_never_updated on revision
CREATE TRIGGER revision_never_updated BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'READ_ONLY: 確定済みの改定版は変更できません。'); END;

-- trigger schedule_bar_read_only_delete on schedule_bar
CREATE TRIGGER schedule_bar_read_only_delete BEFORE DELETE ON schedule_bar WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger schedule_bar_read_only_insert on schedule_bar
CREATE TRIGGER schedule_bar_read_only_insert BEFORE INSERT ON schedule_bar WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger schedule_bar_read_only_update on schedule_bar
CREATE TRIGGER schedule_bar_read_only_update BEFORE UPDATE ON schedule_bar WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 OR (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger source_plan_read_only_delete on source_plan
CREATE TRIGGER source_plan_read_only_delete BEFORE DELETE ON source_plan WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger source_plan_read_only_insert on source_plan
CREATE TRIGGER source_plan_read_only_insert BEFORE INSERT ON source_plan WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

-- trigger source_plan_read_only_update on source_plan
CREATE TRIGGER source_plan_read_only_update BEFORE UPDATE ON source_plan WHEN (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = OLD.initiative_id) = 1 OR (SELECT p.read_only FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = NEW.initiative_id) = 1 BEGIN SELECT RAISE(ABORT, 'READ_ONLY: この計画は読み取り専用です(終了した計画期間)。現在の計画を編集してください。'); END;

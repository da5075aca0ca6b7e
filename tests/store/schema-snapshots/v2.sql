-- migration 2: sha256 of its SQL d9bedd9db4a61fcbc2f38875cb1887c14d3d0567dbcc0b0dde7fad0803ad640a
PRAGMA user_version = 2;

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

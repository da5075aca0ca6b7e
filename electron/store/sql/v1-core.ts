// Migration 1: the plan, its initiatives and their child rows.
export const V1_CORE = /* sql */ `
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
CREATE UNIQUE INDEX plan_single_current ON plan (is_current) WHERE is_current = 1;

CREATE TABLE plan_section (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  heading TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (plan_id, pos)
) STRICT;

CREATE TABLE plan_history_row (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('初版', '改定')),
  date TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  PRIMARY KEY (plan_id, pos)
) STRICT;

CREATE TABLE plan_note (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (plan_id, pos)
) STRICT;

CREATE TABLE policy (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  code INTEGER NOT NULL,
  name TEXT NOT NULL,
  pos INTEGER NOT NULL,
  PRIMARY KEY (plan_id, code)
) STRICT;

CREATE TABLE department (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (plan_id, name)
) STRICT;

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
CREATE UNIQUE INDEX initiative_live_no ON initiative (plan_id, no) WHERE deleted_at IS NULL;
CREATE INDEX initiative_plan ON initiative (plan_id);

CREATE TABLE initiative_department (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  department_id INTEGER NOT NULL REFERENCES department (id),
  PRIMARY KEY (initiative_id, pos),
  UNIQUE (initiative_id, department_id)
) STRICT;
CREATE INDEX initiative_department_dept ON initiative_department (department_id);

CREATE TABLE source_plan (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  name TEXT NOT NULL,
  ref TEXT,
  PRIMARY KEY (initiative_id, pos)
) STRICT;

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

CREATE TABLE result (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  fiscal_year INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (initiative_id, fiscal_year)
) STRICT;
`;

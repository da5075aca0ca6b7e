// Migration 4: survey rounds (照会), their forms and returned files.
// A round keeps the snapshot of exactly what was sent (the merge base); every returned file is
// kept as sent back (BLOB + SHA-256), superseded ones too, so no answer of a 課 is ever lost.
export const V4_SURVEY = /* sql */ `
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

CREATE TABLE survey_form (
  round_id INTEGER NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  department TEXT NOT NULL,
  pos INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  blocks_json TEXT NOT NULL,
  PRIMARY KEY (round_id, department)
) STRICT;

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
CREATE INDEX survey_return_active ON survey_return (round_id, department) WHERE superseded_by IS NULL;

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

CREATE TABLE survey_apply_batch (
  apply_id INTEGER NOT NULL REFERENCES survey_apply (id) ON DELETE CASCADE,
  batch_id INTEGER NOT NULL REFERENCES change_batch (id),
  PRIMARY KEY (apply_id, batch_id)
) STRICT;
`;

// Who changed what: every write through the app or the CLI leaves rows here (undo reads them back).
export const V2_AUDIT = /* sql */ `
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

CREATE TABLE change_entry (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES change_batch (id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_json TEXT,
  new_json TEXT
) STRICT;
CREATE INDEX change_entry_entity ON change_entry (entity, entity_id);
`;

// 要確認 marks: a field of an initiative to be checked, with its reason and the text it was set on.
export const V5_REVIEW_MARKS = /* sql */ `
CREATE TABLE review_mark (
  initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (initiative_id, field)
) STRICT;
`;

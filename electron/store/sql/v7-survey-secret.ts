// Migration: a secret per survey round, kept only in the DB, that signs each form's metadata
// (HMAC), so that a return cannot be passed off as another 課's or another round's by editing it.
// Rounds created before this migration sent forms with no signature: they get a secret (forms
// drawn again from now on are signed) and forms_unsigned = 1, which lets their returns without a
// signature be read as before (block ids and hashes checked, the title checked); a return that
// carries a signature is always verified.
export const V7_SURVEY_SECRET = /* sql */ `
CREATE TABLE survey_round_secret (
  round_id INTEGER PRIMARY KEY REFERENCES survey_round (id) ON DELETE CASCADE,
  secret BLOB NOT NULL CHECK (length(secret) = 32),
  forms_unsigned INTEGER NOT NULL CHECK (forms_unsigned IN (0, 1))
) STRICT;
INSERT INTO survey_round_secret (round_id, secret, forms_unsigned) SELECT id, randomblob(32), 1 FROM survey_round;
`;

// The SQL of each migration, in order: MIGRATIONS[0] brings user_version 0 → 1, and so on.
// Never edit a migration that has shipped: add the next one (a new file in sql/, listed here).
import { V1_CORE } from './sql/v1-core.ts';
import { V2_AUDIT } from './sql/v2-audit.ts';
import { V3_REVISIONS } from './sql/v3-revisions.ts';
import { V4_SURVEY } from './sql/v4-survey.ts';
import { V5_REVIEW_MARKS } from './sql/v5-review-marks.ts';
import { V6_SURVEY_DECISIONS } from './sql/v6-survey-decisions.ts';
import { V7_SURVEY_SECRET } from './sql/v7-survey-secret.ts';
import { V8_SEED_CHOICE_MARKS } from './sql/v8-seed-choice-marks.ts';

export const MIGRATIONS: readonly string[] = [V1_CORE, V2_AUDIT, V3_REVISIONS, V4_SURVEY, V5_REVIEW_MARKS, V6_SURVEY_DECISIONS, V7_SURVEY_SECRET, V8_SEED_CHOICE_MARKS];

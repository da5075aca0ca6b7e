// Migration 4: survey rounds (照会), their forms and returned files. Owned by the survey work (issue 6).
export const V4_SURVEY = /* sql */ `
SELECT 1;
`;

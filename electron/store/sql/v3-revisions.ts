// Migration 3: frozen revisions (改定版) and plan periods. Owned by the revisions work (issue 7).
export const V3_REVISIONS = /* sql */ `
SELECT 1;
`;

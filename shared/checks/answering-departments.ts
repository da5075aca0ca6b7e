// The 課 an initiative's findings and 要確認 marks are counted under: every one of its 実施課, each
// once (a shared initiative is every such 課's to answer), and 「(実施課なし)」 when it names none.
// The dashboard's 課別の要確認 and 点検's 課 groups and filter all count through this one rule, so
// the two screens give a 課 the same number.

export const NO_DEPARTMENT = '(実施課なし)';

export function answeringDepartments(departments: readonly string[]): string[] {
  const names = [...new Set(departments.filter((d) => d.trim() !== ''))];
  return names.length > 0 ? names : [NO_DEPARTMENT];
}

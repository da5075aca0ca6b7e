// The PDF screen's route parameter: #/pdf/no=5 (or no=3,5) preselects initiatives, #/pdf/dept=市民課
// one 課. Other screens link here through these helpers, so the format lives in one place.
export interface PdfPreset {
  nos?: number[];
  department?: string;
}

export function parsePdfParam(param: string | null): PdfPreset {
  if (!param) return {};
  const eq = param.indexOf('=');
  if (eq < 0) return {};
  const key = param.slice(0, eq);
  const value = param.slice(eq + 1);
  if (key === 'no') {
    const nos = value.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
    return nos.length > 0 ? { nos } : {};
  }
  if (key === 'dept' && value.trim()) return { department: value };
  return {};
}

export const pdfHrefForInitiative = (no: number) => `#/pdf/${encodeURIComponent(`no=${no}`)}`;
export const pdfHrefForDepartment = (name: string) => `#/pdf/${encodeURIComponent(`dept=${name}`)}`;

// ST_Xstring (ECMA-376 §22.9.2.19): in a workbook's strings `_xHHHH_` stands for the UTF-16 code
// unit HHHH. Excel and LibreOffice decode it on reading, so text that merely looks like one
// (「AI_x0041_活用」) must be written with its underscore escaped as `_x005F_`; exceljs does not.
const ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{4}_)/gu;

/** The text to hand exceljs so that Excel shows exactly `s`. */
export const encodeXstring = (s: string) => (s.includes('_x') ? s.replace(ESCAPE_LIKE, '_x005F_') : s);

/** The text Excel shows for a stored string. */
export const decodeXstring = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/gu, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))) : s);

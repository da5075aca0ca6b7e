// Editing a form with other programs than the app's own exceljs: openpyxl (as a script or a
// careless 課 would) and LibreOffice (open + save, as a 課 without Excel would). Each is looked
// for once; tests that need one skip with a reason when it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A python3 that has openpyxl (Debian's python3-openpyxl lives in /usr/bin/python3). */
export const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0) ?? null;
export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

export interface CellEdit {
  sheet?: string;
  cell: string;
  value?: string | number | null;
  /** ISO date: written as a date (a serial with a date format). */
  date?: string;
  formula?: string;
  numberFormat?: string;
}

const EDIT = `
import json, sys, datetime, openpyxl
src, out, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
for e in edits:
    ws = wb[e.get('sheet') or '回答']
    c = ws[e['cell']]
    if 'formula' in e: c.value = e['formula']
    elif 'date' in e: c.value = datetime.datetime.fromisoformat(e['date'])
    else: c.value = e.get('value')
    if 'numberFormat' in e: c.number_format = e['numberFormat']
wb.save(out)
`;

/** The form with cells set by openpyxl, saved to `out`. */
export function openpyxlEdit(src: string, out: string, edits: CellEdit[]): string {
  execFileSync(python!, ['-c', EDIT, src, out, JSON.stringify(edits)], { stdio: 'pipe' });
  return out;
}

const REZIP = `
import json, sys, zipfile
src, out, ops = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    for op in ops.get('replace', []):
        if op['part'] in ('*', item.filename): data = data.replace(bytes.fromhex(op['from']), bytes.fromhex(op['to']))
    zout.writestr(item, data)
for op in ops.get('add', []):
    zout.writestr(op['part'], bytes.fromhex(op['data']))
zout.close()
`;

const hex = (s: string | Buffer) => (Buffer.isBuffer(s) ? s : Buffer.from(s, 'utf8')).toString('hex');

/** The zip rewritten by Python's zipfile: bytes replaced in a part (any part: '*'), parts added (a name twice if asked). */
export function pythonRezip(src: string, out: string, ops: { replace?: { part: string; from: string | Buffer; to: string | Buffer }[]; add?: { part: string; data: string | Buffer }[] }): string {
  const json = {
    replace: (ops.replace ?? []).map((r) => ({ part: r.part, from: hex(r.from), to: hex(r.to) })),
    add: (ops.add ?? []).map((a) => ({ part: a.part, data: hex(a.data) })),
  };
  execFileSync(python!, ['-W', 'ignore', '-c', REZIP, src, out, JSON.stringify(json)], { stdio: 'pipe' });
  return out;
}

/** Each file opened and saved again by LibreOffice (into `outDir`), as .xlsx or `format`. */
export function sofficeConvert(files: string[], outDir: string, format = 'xlsx'): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = `${outDir}-profile`; // a private LibreOffice profile, removed afterwards
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 90_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readdirSync(outDir).sort().map((n) => join(outDir, n));
}

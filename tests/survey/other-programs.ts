// Editing a form with other programs than the app's own exceljs: openpyxl (as a script or a
// careless 課 would) and LibreOffice (open + save, as a 課 without Excel would). Each is looked
// for once; tests that need one skip with a reason when it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A python3 that has openpyxl (Debian's python3-openpyxl lives in /usr/bin/python3). */
export const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0) ?? null;
export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
/** LibreOffice's Python bridge (Debian's python3-uno, for /usr/bin/python3). */
export const unoPython = hasSoffice ? ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0) ?? null : null;

const UNO_EDIT = `
import sys, os, subprocess, time, json, uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale
jobs, password, profile = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
pipe = 'plandesk%d' % os.getpid()
office = subprocess.Popen(['soffice', '-env:UserInstallation=file://' + profile, '--headless', '--invisible', '--norestore', '--accept=pipe,name=%s;urp;' % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
ctx = None
for i in range(300):
    try:
        ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe); break
    except Exception: time.sleep(0.2)
desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
def pv(n, v):
    x = PropertyValue(); x.Name = n; x.Value = v; return x
for job in jobs:
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job['src'])), '_blank', 0, (pv('Hidden', True),))
    sheet = doc.Sheets.getByName('回答')
    for c in job.get('cells', []):
        cell = sheet.getCellRangeByName(c['cell'])
        if 'number' in c:
            cell.Value = c['number']
            formats = doc.NumberFormats
            key = formats.queryKey(c['format'], Locale(), False)
            cell.NumberFormat = key if key >= 0 else formats.addNew(c['format'], Locale())
        else:
            cell.String = c['text']
    if 'row' in job:
        sheet.unprotect(password)
        if job['count'] < 0: sheet.Rows.removeByIndex(job['row'] - 1, -job['count'])
        else: sheet.Rows.insertByIndex(job['row'] - 1, job['count'])
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job['out'])), (pv('FilterName', 'Calc MS Excel 2007 XML'),))
    doc.close(True)
try: desktop.terminate()
except Exception: pass
office.wait(timeout=60)
`;

export interface UnoJob {
  src: string;
  out: string;
  /** Typed into input cells (no protection removed): text, or a number shown through a format code. */
  cells?: ({ cell: string; text: string } | { cell: string; number: number; format: string })[];
  /** Rows of the 回答 sheet deleted (count < 0) or inserted at `row`, after removing the protection with the password (as a 課 that has it would). */
  row?: number;
  count?: number;
}

/** In one LibreOffice session (its Python bridge), each job's edits made and saved as .xlsx. */
export function unoEdit(password: string, jobs: UnoJob[]): void {
  const profile = `${jobs[0]!.out}-profile`;
  try {
    execFileSync(unoPython!, ['-c', UNO_EDIT, JSON.stringify(jobs), password, profile], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

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

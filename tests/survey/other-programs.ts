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

// The published plan (43 initiatives, 36 entries in the 課 master, five of them groups such as
// 庁内各課): one form per real 課, every initiative to each of its 課, no form for a group, and no
// spurious change on the way back — also through LibreOffice for the 課 with the most initiatives.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { readJson, SEED_URL } from '../helpers.ts';
import { allForms, fileInput, setupRound, type RoundFixture } from './helpers.ts';

const hasSeed = existsSync(SEED_URL);
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
let fx: RoundFixture | null = null;
afterAll(() => fx?.db.close());

describe.skipIf(!hasSeed)('survey round on the published plan', () => {
  it('sends every real 課 its initiatives, no group entry a form, and reads all forms back unchanged', async () => {
    const seed = readJson<PlanDocument>(SEED_URL);
    fx = await setupRound(seed, { fiscalYear: 2025 });
    const groups = seed.departments.filter((d) => d.group).map((d) => d.name);
    expect(groups).toEqual(['現金取扱のある課', '標準化対象20業務所管課', '庁内各課', '土木、建築関係各課', '関係課']);
    const expected = seed.departments.filter((d) => !d.group)
      .map((d) => [d.name, seed.initiatives.filter((i) => i.departments.includes(d.name)).length] as const).filter(([, n]) => n > 0);
    expect(fx.round.files.map((f) => [f.department, f.initiatives])).toEqual(expected);
    expect(fx.round.files.filter((f) => groups.includes(f.department))).toEqual([]);
    expect(fx.round.round.departments).toBe(expected.length);
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: allForms(fx.formsDir) });
    expect(report.rejected).toBe(0);
    expect(report.accepted).toBe(expected.length);
    expect(report.files.flatMap((f) => f.changes)).toEqual([]);
  });

  it.skipIf(!hasSoffice)('reads the biggest form back unchanged after LibreOffice saved it', async () => {
    const biggest = [...fx!.round.files].sort((a, b) => b.initiatives - a.initiatives)[0]!;
    const out = join(fx!.dir, 'lo');
    mkdirSync(out);
    const profile = join(fx!.dir, 'lo-profile'); // a private LibreOffice profile
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, fx!.form(biggest.department)], { stdio: 'ignore', timeout: 90_000 });
    rmSync(profile, { recursive: true, force: true });
    const [name] = readdirSync(out);
    const report = await call(fx!.db, fx!.dbPath, 'importSurveyReturns', { files: [fileInput(join(out, name!), `LO_${name}`)] });
    expect(report.files[0]).toMatchObject({ status: 'replaced', problems: [], changes: [] });
  });
});

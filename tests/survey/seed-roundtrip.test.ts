// The published plan (43 initiatives, 36 課 including 庁内各課・関係課・現金取扱のある課): one form
// per 課, every initiative to each of its 課, and no spurious change on the way back — also
// through LibreOffice for the pseudo-課 with the most initiatives.
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
  it('sends every 課 (pseudo-課 too) its initiatives and reads all forms back unchanged', async () => {
    const seed = readJson<PlanDocument>(SEED_URL);
    fx = await setupRound(seed, { fiscalYear: 2025 });
    const expected = seed.departments.map((d) => [d.name, seed.initiatives.filter((i) => i.departments.includes(d.name)).length] as const).filter(([, n]) => n > 0);
    expect(fx.round.files.map((f) => [f.department, f.initiatives])).toEqual(expected);
    for (const pseudo of ['庁内各課', '関係課', '現金取扱のある課']) if (seed.departments.some((d) => d.name === pseudo)) expect(fx.round.files.some((f) => f.department === pseudo)).toBe(true);
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

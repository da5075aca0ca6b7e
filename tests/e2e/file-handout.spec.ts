// Files leaving the browser host: a round's forms as ONE zip named after the round (Japanese names
// with the zip's UTF-8 flag), one 課's form again on demand, the plan as Excel; nothing names a path.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, readDoc, MINI_PATH } from './fixtures.ts';
import { createRoundInPage } from './round-forms.ts';

test.use({ seedDoc: readDoc(MINI_PATH), viewport: { width: 1366, height: 768 } });

const shots = process.env.PLAN_DESK_SHOTS;

test('create a round → one zip; a single form again; the plan as Excel; the help screen', async ({ page, app }) => {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  const submit = page.getByRole('button', { name: '照会を作成して様式を zip でダウンロード' });
  // The button says why it cannot be pressed.
  await page.getByLabel('照会の名前').fill('');
  await expect(submit).toBeDisabled();
  await expect(page.locator('#round-submit-why')).toHaveText('照会の名前を入力すると作成できます。');
  await page.getByLabel('照会の名前').fill('2025年度実績照会');
  await expect(submit).toBeEnabled();
  if (shots) await page.screenshot({ path: join(shots, 'survey-create.png') });

  const formsDir = join(app.dir, 'forms');
  const { zipName, names } = await createRoundInPage(page, formsDir);
  expect(zipName).toBe('2025年度実績照会.zip');
  expect(names).toEqual(['2025年度実績照会_市民課.xlsx', '2025年度実績照会_職員課.xlsx', '2025年度実績照会_デジタル推進課.xlsx'].sort());
  await expect(page.getByRole('status').filter({ hasText: 'シート保護のパスワード' })).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, 'survey-created.png') });

  // The round's page: one 課's form again, as a single file.
  await page.getByRole('link', { name: '2025年度実績照会' }).click();
  const row = page.locator('tr[data-department="市民課"]');
  const [single] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '様式を再取得' }).click()]);
  expect(single.suggestedFilename()).toBe('2025年度実績照会_市民課.xlsx');
  expect(readFileSync((await single.path())!).subarray(0, 2).toString()).toBe('PK');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全課の様式を zip でダウンロード' }).click()]);
  expect(again.suggestedFilename()).toBe('2025年度実績照会.zip');
  const zipPath = join(app.dir, 'again.zip');
  writeFileSync(zipPath, readFileSync((await again.path())!));
  const flags = execFileSync('python3', ['-c', 'import sys,zipfile; print(sorted((i.filename, bool(i.flag_bits & 0x800)) for i in zipfile.ZipFile(sys.argv[1]).infolist()))', zipPath], { encoding: 'utf8' });
  expect(flags).toContain("('2025年度実績照会_市民課.xlsx', True)");
  if (shots) await page.screenshot({ path: join(shots, 'round-status.png') });

  // The whole plan as Excel.
  await page.goto(`${base}#/survey`);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '取組一覧・取組詳細を Excel でダウンロード' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/u);
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK');

  // ヘルプ: where the log folder is (the browser cannot open it).
  await page.getByRole('link', { name: 'ヘルプ' }).click();
  await expect(page.locator('#log-dir')).toHaveText(join(app.dir, 'logs'));
  if (shots) await page.screenshot({ path: join(shots, 'help.png') });
  expect(app.foreignRequests).toEqual([]);
});

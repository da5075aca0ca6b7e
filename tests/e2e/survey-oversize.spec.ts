// 回答の取込 with a file too big to be a form among good ones: the big one is refused by name on
// the page (never read nor sent), the good one is imported in the same go.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, readDoc, MINI_PATH } from './fixtures.ts';
import { call } from '../../electron/cli/io.ts';
import { fromBase64, writeFilesInto } from '../../electron/files/write-files.ts';

test.use({ seedDoc: readDoc(MINI_PATH) });

test('a 21 MB file is refused by name and the good return beside it is imported', async ({ page, app }) => {
  const formsDir = join(app.dir, 'forms');
  const round = await call(app.db, app.dbPath, 'createSurveyRound', { name: '2025年度実績照会', fiscalYear: 2025 });
  const paths = writeFilesInto(formsDir, round.files.map(fromBase64));
  const good = paths[round.files.findIndex((f) => f.department === '市民課')]!;
  const big = join(app.dir, '大きすぎる回答.xlsx');
  const fd = openSync(big, 'w');
  writeSync(fd, Buffer.from([0]), 0, 1, 21 * 1024 * 1024); // sparse
  closeSync(fd);

  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  await page.getByRole('link', { name: '2025年度実績照会' }).click();
  await page.getByRole('tab', { name: '回答の取込' }).click();
  await page.getByLabel('回答ファイルを選ぶ').setInputFiles([big, good]);
  const report = page.getByRole('region', { name: '取込の結果' });
  await expect(report.locator('h2')).toHaveText('取込の結果: 取込 1 ・ 拒否 1 ・ 重複 0');
  const files = report.locator('.file-report');
  await expect(files.nth(0)).toContainText('[拒否] 大きすぎる回答.xlsx');
  await expect(files.nth(0)).toContainText('ファイルが大きすぎます(21.0MB、上限 20MB)');
  await expect(files.nth(1)).toContainText('[取込] 2025年度実績照会_市民課.xlsx(市民課)');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.foreignRequests).toEqual([]);
});

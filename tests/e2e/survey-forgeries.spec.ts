// Returns that lie or hold what the plan cannot: refused file by file on the import screen, each
// naming the file, the sheet!cell and what is wrong; the clean return of the same batch comes in.
import { join } from 'node:path';
import { test, expect, readDoc, MINI_PATH } from './fixtures.ts';
import { FormEditor } from '../survey/helpers.ts';
import { createRoundInPage } from './round-forms.ts';

test.use({ seedDoc: readDoc(MINI_PATH), viewport: { width: 1366, height: 768 } });

test('an invisible character and a swapped 課 are refused by cell; the clean return is imported', async ({ page, app }) => {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  const formsDir = join(app.dir, 'forms');
  expect((await createRoundInPage(page, formsDir)).names).toHaveLength(3);

  const bell = await FormEditor.open(join(formsDir, '2025年度実績照会_市民課.xlsx'));
  const cell = bell.resultCell('t-01', 2025);
  cell.value = '窓口を拡大_x0007_しました'; // how Excel stores a BEL pasted from elsewhere
  const bellFile = await bell.save(join(app.dir, '回答_市民課.xlsx'));
  const swapped = await FormEditor.open(join(formsDir, '2025年度実績照会_市民課.xlsx'));
  swapped.meta().getCell('B5').value = '職員課';
  const swappedFile = await swapped.save(join(app.dir, '回答_職員課(偽).xlsx'));
  const clean = join(formsDir, '2025年度実績照会_職員課.xlsx');

  await page.getByRole('link', { name: '2025年度実績照会' }).click();
  await page.getByRole('tab', { name: '回答の取込' }).click();
  await page.getByLabel('回答ファイルを選ぶ').setInputFiles([bellFile, swappedFile, clean]);
  const report = page.getByRole('region', { name: '取込の結果' });
  await expect(report).toContainText('[取込] 2025年度実績照会_職員課.xlsx(職員課)');
  await expect(report).toContainText('[拒否] 回答_市民課.xlsx(市民課)計画に保存できない文字(見えない制御文字や壊れた文字)が 1 か所にあります');
  await expect(report).toContainText('[拒否] 回答_職員課(偽).xlsx(市民課)');
  await expect(report).toContainText(`シート「回答」セル ${cell.address}: 計画に保存できない見えない文字(U+0007`);
  await expect(report).toContainText('シート「_plan_desk」セル B5: 送付時「市民課」→ 今「職員課」');
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'survey-forgeries.png'), fullPage: true });
  await page.getByRole('tab', { name: '回答状況' }).click();
  await expect(page.locator('tr[data-department="職員課"]')).toHaveAttribute('data-state', 'answered');
  await expect(page.locator('tr[data-department="市民課"]')).not.toHaveAttribute('data-state', 'answered');
  expect(app.foreignRequests).toEqual([]);
});

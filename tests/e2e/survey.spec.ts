// 庁内照会 end to end: create a round (forms as one zip download), upload one edited return through the
// page, see the highlighted diff, accept and apply it, and see the change in the lists.
import { join } from 'node:path';
import { test, expect, readDoc, MINI_PATH } from './fixtures.ts';
import { FormEditor } from '../survey/helpers.ts';
import { createRoundInPage } from './round-forms.ts';

test.use({ seedDoc: readDoc(MINI_PATH) });

test('create a round, import an edited return, review the diff, apply', async ({ page, app }) => {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  await page.getByRole('link', { name: '庁内照会' }).click();
  await page.getByLabel('対象年度').selectOption('2025');
  await expect(page.getByLabel('照会の名前')).toHaveValue('2025年度実績照会');
  const formsDir = join(app.dir, 'forms');
  await createRoundInPage(page, formsDir);
  await expect(page.getByRole('status').filter({ hasText: '3課分の様式' })).toBeVisible();

  // 市民課 types its 実績 in Excel (here: exceljs) and sends the file back.
  const form = await FormEditor.open(join(formsDir, '2025年度実績照会_市民課.xlsx'));
  form.resultCell('t-01', 2025).value = '・窓口を6か所に拡大しました。';
  const returned = await form.save(join(app.dir, '回答_市民課.xlsx'));

  await page.getByRole('link', { name: '2025年度実績照会' }).click();
  await page.getByRole('tab', { name: '回答の取込' }).click();
  await page.getByLabel('回答ファイルを選ぶ').setInputFiles(returned);
  const report = page.getByRole('region', { name: '取込の結果' });
  await expect(report).toContainText('[取込] 回答_市民課.xlsx(市民課)');
  await expect(report).toContainText('No.1 書かない窓口の導入 ・ 実績');

  await report.getByRole('button', { name: '確認・反映へ' }).click();
  const item = page.getByRole('article', { name: 'No.1 実績' });
  await expect(item.locator('.badge-state')).toHaveText('未決定');
  await expect(item.getByLabel('市民課の文章')).toHaveText('・窓口を6か所に拡大しました。');
  await item.getByLabel('送付時との違いを色で示す').check();
  await expect(item.locator('.diff ins')).toHaveText('・窓口を6か所に拡大しました。');
  await item.getByRole('button', { name: '市民課の回答を採用' }).click();
  await expect(item.getByLabel('判断', { exact: true })).toContainText('市民課の回答を採用');
  await page.getByRole('button', { name: '反映する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '反映する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1件の取組の 1項目を反映しました' })).toBeVisible();

  // The change list: nothing left open; shown as 反映済 under すべて.
  await expect(page.getByText('表示する項目はありません。')).toBeVisible();
  await page.getByLabel('表示').selectOption('all');
  await expect(page.getByRole('article', { name: 'No.1 実績' }).locator('.badge-state')).toHaveText('反映済');
  // The dashboard: 市民課 answered, the apply in the history.
  await page.getByRole('tab', { name: '回答状況' }).click();
  await expect(page.locator('tr[data-department="市民課"]')).toHaveAttribute('data-state', 'answered');
  await expect(page.getByRole('table', { name: '反映の履歴' })).toContainText('回答_市民課.xlsx');
  // The plan itself.
  await page.goto(`${base}#/initiative/t-01`);
  await expect(page.locator('.result[data-fiscal-year="2025"]')).toContainText('・窓口を6か所に拡大しました。');
  expect(app.foreignRequests).toEqual([]);
});

test('a whole folder of returns is picked at once; other files in it are left out', async ({ page, app }) => {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  const formsDir = join(app.dir, 'forms');
  await createRoundInPage(page, formsDir);
  await expect(page.getByRole('status').filter({ hasText: '3課分の様式' })).toBeVisible();

  // The mail folder: two returns and a note that is not a return.
  const inbox = join(app.dir, 'inbox');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(inbox);
  for (const dept of ['市民課', '職員課']) {
    const form = await FormEditor.open(join(formsDir, `2025年度実績照会_${dept}.xlsx`));
    await form.save(join(inbox, `回答_${dept}.xlsx`));
  }
  writeFileSync(join(inbox, 'メモ.txt'), '督促済み');

  await page.getByRole('link', { name: '2025年度実績照会' }).click();
  await page.getByRole('tab', { name: '回答の取込' }).click();
  await page.getByLabel('フォルダーごと選ぶ').setInputFiles(inbox);
  const report = page.getByRole('region', { name: '取込の結果' });
  await expect(report).toContainText('[取込] 回答_市民課.xlsx(市民課)');
  await expect(report).toContainText('[取込] 回答_職員課.xlsx(職員課)');
  await expect(report).not.toContainText('メモ.txt');
});

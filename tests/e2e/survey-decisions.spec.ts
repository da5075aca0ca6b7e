// A round on the published plan as a coordinator lives it, in Chromium at 1366×768: no form for
// the group entries, two 課 disagreeing on No.1's 2025 実績, 市民課's answer taken and applied,
// still 反映済 after a reload, reopened (saying why) by a newer return of デジタル推進課 — and the
// same counts on the header, the import result and the review.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { FormEditor } from '../survey/helpers.ts';
import { createRoundInPage } from './round-forms.ts';

const FILL = fileURLToPath(new URL('../survey/tools/fill_result.py', import.meta.url));
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const SHOTS = process.env.PLAN_DESK_SHOTS;

test.use({ viewport: { width: 1366, height: 768 } });

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

async function importFile(page: Page, file: string) {
  await page.getByRole('tab', { name: '回答の取込' }).click();
  await page.getByLabel('回答ファイルを選ぶ').setInputFiles(file);
  await expect(page.getByRole('region', { name: '取込の結果' })).toBeVisible();
}

/** The header's counts, the import result's and the review's are one and the same line. */
async function expectSameCounts(page: Page, text: RegExp) {
  const header = page.getByLabel('照会の件数');
  await expect(header).toHaveText(text);
  const imported = page.getByLabel('取込後の件数');
  if (await imported.count()) await expect(imported).toHaveText(`照会全体: ${await header.textContent()}`);
  await page.getByRole('tab', { name: '確認・反映' }).click();
  await expect(page.getByLabel('件数', { exact: true })).toHaveText((await header.textContent())!);
}

test('take 市民課 on No.1 → apply → reload → 反映済; a newer デジタル推進課 return reopens it', async ({ page, app }) => {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  const picker = page.getByRole('group', { name: '照会先' });
  await expect(picker).toContainText('31 / 31課に送ります');
  await expect(picker.getByRole('checkbox', { name: /庁内各課/ })).toHaveCount(0);
  await expect(picker.locator('[data-group="庁内各課"]')).toContainText('No.10、36、43');
  await shot(page, '01-create');
  const formsDir = join(app.dir, 'forms');
  await page.getByLabel('対象年度').selectOption('2025');
  expect((await createRoundInPage(page, formsDir)).names).toHaveLength(31);
  await expect(page.getByRole('table', { name: '照会の一覧' })).toContainText('0 / 31課');

  // デジタル推進課 answers in Excel (exceljs), 市民課 with another program (openpyxl).
  const dx = await FormEditor.open(join(formsDir, '2025年度実績照会_デジタル推進課.xlsx'));
  dx.resultCell('seed-01', 2025).value = '・書かない窓口を5か所に拡大しました。';
  const dxFile = await dx.save(join(app.dir, '回答_デジタル推進課.xlsx'));
  const shiminFile = join(app.dir, '回答_市民課.xlsx');
  execFileSync(PYTHON, [FILL, join(formsDir, '2025年度実績照会_市民課.xlsx'), shiminFile, 'seed-01', '2025', '・市民課の窓口で書かない窓口を6か所に拡大しました。\n・利用者 3,200人']);

  await page.getByRole('link', { name: '2025年度実績照会' }).click();
  await page.getByRole('tab', { name: '回答状況' }).click();
  await expect(page.getByLabel('督促メール用の未回答課一覧')).not.toHaveValue(/庁内各課|関係課|現金取扱のある課/);
  await importFile(page, dxFile);
  await importFile(page, shiminFile);
  await expect(page.getByRole('region', { name: '取込の結果' })).toContainText('[取込] 回答_市民課.xlsx(市民課)');
  await shot(page, '01b-import-result');
  await expectSameCounts(page, /^未決定 1件\(うち競合 1件\)・判断済\(未反映\) 0件・反映済 0件・不採用 0件$/);

  const item = page.getByRole('article', { name: 'No.1 実績' });
  await expect(item.getByLabel('デジタル推進課の文章')).toHaveText('・書かない窓口を5か所に拡大しました。');
  await expect(item.getByLabel('市民課の文章')).toHaveText('・市民課の窓口で書かない窓口を6か所に拡大しました。\n・利用者 3,200人');
  await expect(item.locator('.badge-conflict')).toBeVisible();
  await shot(page, '02-review-conflict');
  await item.getByRole('button', { name: '市民課の回答を採用' }).click();
  await expect(item.getByLabel('判断', { exact: true })).toContainText('市民課の回答を採用');
  await expect(item.getByRole('region', { name: '市民課' })).toHaveAttribute('data-chosen', 'true');
  await shot(page, '03-decided');
  await page.getByRole('button', { name: '反映する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '反映する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1件の取組の 1項目を反映しました' })).toBeVisible();

  // After a reload: still 反映済 with 市民課's text, nothing open.
  await page.reload();
  await expectSameCounts(page, /^未決定 0件\(うち競合 0件\)・判断済\(未反映\) 0件・反映済 1件・不採用 0件$/);
  await page.getByLabel('表示').selectOption('all');
  const applied = page.getByRole('article', { name: 'No.1 実績' });
  await expect(applied.locator('.badge-state')).toHaveText('反映済');
  await expect(applied.getByLabel('現在の台帳の文章')).toHaveText('・市民課の窓口で書かない窓口を6か所に拡大しました。\n・利用者 3,200人');
  await expect(applied.getByLabel('判断', { exact: true })).toContainText('市民課の回答を採用');
  await shot(page, '04-applied-after-reload');

  // A newer return of デジタル推進課 with a different answer reopens the item and says why.
  mkdirSync(join(app.dir, 'v2'));
  const dx2 = await FormEditor.open(join(formsDir, '2025年度実績照会_デジタル推進課.xlsx'));
  dx2.resultCell('seed-01', 2025).value = '・書かない窓口を7か所に拡大しました。';
  dx2.wb.modified = new Date(Date.now() + 60_000);
  const dx2File = await dx2.save(join(app.dir, 'v2', '回答_デジタル推進課_再送.xlsx'));
  await importFile(page, dx2File);
  await expect(page.getByRole('region', { name: '取込の結果' })).toContainText('前の回答(回答_デジタル推進課.xlsx)と置き換えました');
  await expectSameCounts(page, /^未決定 1件\(うち競合 1件\)・判断済\(未反映\) 0件・反映済 0件・不採用 0件$/);
  const reopened = page.getByRole('article', { name: 'No.1 実績' });
  await expect(reopened.locator('.badge-state')).toHaveText('未決定');
  await expect(reopened.getByRole('note', { name: '判断のやり直し' })).toContainText('デジタル推進課の新しい回答(回答_デジタル推進課_再送.xlsx)で内容が変わりました。');
  await expect(reopened.getByRole('note', { name: '判断のやり直し' })).toContainText('前の判断: 市民課の回答を採用');
  await shot(page, '05-reopened');

  // Edit from 市民課's answer, adding デジタル推進課's; then changing that decision asks first.
  await reopened.getByRole('button', { name: '市民課の回答から編集' }).click();
  await expect(reopened.getByLabel('編集後の値')).toHaveValue('・市民課の窓口で書かない窓口を6か所に拡大しました。\n・利用者 3,200人');
  await reopened.getByRole('button', { name: 'デジタル推進課の回答を末尾に加える' }).click();
  await reopened.getByRole('button', { name: 'この内容で採用' }).click();
  await expect(reopened.getByRole('region', { name: '編集した値' })).toContainText('・書かない窓口を7か所に拡大しました。');
  await reopened.getByRole('button', { name: 'デジタル推進課の回答を採用' }).click();
  await expect(page.getByRole('dialog')).toContainText('編集した文章で採用しています');
  await shot(page, '06-confirm-edit-change');
  await page.getByRole('dialog').getByRole('button', { name: 'キャンセル' }).click();
  await expect(reopened.getByLabel('判断', { exact: true })).toContainText('編集して採用');
  expect(app.foreignRequests).toEqual([]);
});

test('recipients and mail drafts: contacts in the 課 master, a 課 taken out leaves 未回答, a late 課 gets its form', async ({ page, app }) => {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/survey`);
  // The 課 master's contact for 市民課.
  await page.getByText('課の照会先の設定(課の集まり・メールの宛先)').click();
  const info = page.getByRole('table', { name: '課の照会先の設定' });
  await expect(info.getByLabel('庁内各課は課の集まり')).toBeChecked();
  await info.getByLabel('市民課のメールアドレス').fill('shimin');
  await page.getByRole('button', { name: '課の照会先の設定を保存' }).click();
  await expect(page.getByRole('alert')).toContainText('メールアドレスの形が正しくありません');
  await info.getByLabel('市民課のメールアドレス').fill('shimin@city.hiratsuka.kanagawa.jp');
  await info.getByLabel('市民課の担当者名').fill('平塚 花子');
  await page.getByRole('button', { name: '課の照会先の設定を保存' }).click();
  await expect(page.getByText('1課の設定を保存しました。')).toBeVisible();
  await shot(page, '00-department-info');

  // A round without 保育課, with 行政総務課 answering for 庁内各課.
  const picker = page.getByRole('group', { name: '照会先' });
  await picker.getByRole('checkbox', { name: /^保育課/ }).uncheck();
  await picker.getByLabel('庁内各課の代わりに答える課').selectOption('行政総務課');
  await picker.locator('[data-group="庁内各課"]').getByRole('button', { name: '追加' }).click();
  await expect(picker).toContainText('30 / 31課に送ります');
  expect((await createRoundInPage(page, join(app.dir, 'forms'))).names).toHaveLength(30);
  await page.getByRole('link', { name: '2025年度実績照会' }).click();

  await page.getByRole('tab', { name: '照会先・メール' }).click();
  const table = page.getByRole('table', { name: '照会先' });
  await expect(table.locator('tr[data-department="市民課"]')).toContainText('平塚 花子 <shimin@city.hiratsuka.kanagawa.jp>');
  await expect(page.getByRole('list', { name: '課の集まり' })).toContainText('庁内各課(No.10、36、43): 行政総務課が代わりに答えます');
  await shot(page, '07-recipients');
  // One draft: a .eml with the form attached.
  const [mail] = await Promise.all([page.waitForEvent('download'), table.locator('tr[data-department="市民課"]').getByRole('button', { name: 'メールの下書き' }).click()]);
  expect(mail.suggestedFilename()).toBe('2025年度実績照会_市民課.eml');
  const eml = await (await import('node:fs/promises')).readFile((await mail.path())!, 'latin1');
  expect(eml).toMatch(/^X-Unsent: 1\r?$/m);
  expect(eml).toMatch(/^To: =\?UTF-8\?B\?[^?]+\?=(\r?\n)? <shimin@city\.hiratsuka\.kanagawa\.jp>\r?$/m); // folded after the encoded name
  // Taken out: no longer 未回答.
  await table.locator('tr[data-department="職員課"]').getByRole('button', { name: '照会先から外す' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '照会先から外す' }).click();
  await expect(table.locator('tr[data-department="職員課"]')).toHaveAttribute('data-state', 'removed');
  await expect(page.getByText('回答 0 / 29課')).toBeVisible();
  // A late addition: its form downloads.
  await page.getByLabel('追加する課').selectOption('保育課');
  const [form] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '追加して様式をダウンロード' }).click()]);
  expect(form.suggestedFilename()).toBe('2025年度実績照会_保育課.xlsx');
  await expect(table.locator('tr[data-department="保育課"]')).toContainText('後から追加');
  await expect(page.getByText('回答 0 / 30課')).toBeVisible();
  await page.getByRole('tab', { name: '回答状況' }).click();
  const reminder = page.getByLabel('督促メール用の未回答課一覧');
  await expect(reminder).toHaveValue(/・保育課/);
  await expect(reminder).not.toHaveValue(/職員課|庁内各課/);
  await page.reload();
  await page.getByRole('tab', { name: '照会先・メール' }).click();
  await expect(page.getByRole('table', { name: '照会先' }).locator('tr[data-department="職員課"]')).toHaveAttribute('data-state', 'removed');
  await shot(page, '08-recipients-after');
});

// The coordinator's screens through the real backend in Chromium at 1366×768: stepping through
// initiatives never renumbers, the editor's save bar stays in view, 点検 reads in counted groups,
// one Back after a refused leave, and Ctrl+Z names what it takes back.
import type { Page } from '@playwright/test';
import { test, expect, type HostFixture } from './fixtures.ts';
import { currentPlanId, readPlanDocument } from '../../electron/store/plan-read.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const numbering = (app: HostFixture) => readPlanDocument(app.db, currentPlanId(app.db)).initiatives.map((i) => `${i.id}:${i.no}`);
const go = (page: Page, hash: string) => page.goto(`${page.url().split('#')[0]}#/${hash}`);
const sheetNo = (page: Page) => page.locator('.sheet-title .no');

test('前の取組 / 次の取組 step No.1 → No.2 → No.3 → No.2; the dump keeps its numbering', async ({ page, app }) => {
  const before = numbering(app);
  await page.locator('tr[data-no="1"] a').click();
  await expect(sheetNo(page)).toHaveText('1');
  await page.getByRole('button', { name: '次の取組 ›' }).click();
  await expect(sheetNo(page)).toHaveText('2');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(sheetNo(page)).toHaveText('3');
  await expect(page.locator('.step-place')).toHaveText('一覧の 43件中 3件目');
  await page.getByRole('button', { name: '‹ 前の取組' }).click();
  await expect(sheetNo(page)).toHaveText('2');
  expect(numbering(app)).toEqual(before);
  // Alt+← here is the previous initiative, not the browser's Back.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(sheetNo(page)).toHaveText('1');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(sheetNo(page)).toHaveText('2');
  expect(numbering(app)).toEqual(before);
  // Back goes to the list in one press (stepping replaces the entry), the row last shown focused.
  await page.goBack();
  await expect(page.locator('.initiative-list')).toBeVisible();
  await expect(page.locator('tr[data-no="2"]')).toBeFocused();
});

test('the editor keeps 保存 and the unsaved state in view at the foot of the form', async ({ page, app }) => {
  await go(page, 'edit/seed-02');
  await page.getByLabel('2026年度の実績').fill('・公金収納を開始しました。');
  const main = page.locator('.app-main');
  await main.evaluate((e) => e.scrollTo(0, e.scrollHeight));
  const save = page.getByRole('button', { name: '保存(Ctrl+S)' });
  await expect(page.locator('.save-state')).toHaveText('● 未保存の変更があります');
  const box = await save.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
  await save.click();
  await expect(page.locator('.save-state')).toHaveText('保存済み');
  const saved = readPlanDocument(app.db, currentPlanId(app.db)).initiatives.find((i) => i.id === 'seed-02')!;
  expect(saved.results.find((r) => r.fiscalYear === 2026)?.text).toBe('・公金収納を開始しました。');
});

test('点検 groups by rule and 課 with counts, and narrows to one 課', async ({ page }) => {
  await page.getByRole('link', { name: '点検' }).click();
  await page.getByLabel(/基準の年度/).selectOption('2026');
  const group = page.locator('details.rule-group[data-rule="result-missing"]');
  await expect(group.locator('> summary')).toContainText('実績の未記入43件');
  await expect(group.locator('details.dept-group[data-department="デジタル推進課"] > summary')).toHaveText(/デジタル推進課\d+件/);
  await expect(group.locator('tr.finding').first()).toBeHidden(); // a large group starts with its 課 closed
  await group.locator('details.dept-group[data-department="保育課"] > summary').click();
  await expect(group.locator('details.dept-group[data-department="保育課"] tr.finding')).toHaveCount(1);
  const label = await page.getByLabel('課で絞り込む').locator('option[value="保育課"]').textContent();
  const n = Number(/(\d+)件/.exec(label ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  await page.getByLabel('課で絞り込む').selectOption('保育課');
  await expect(page.locator('tr.finding')).toHaveCount(n);
  await expect(page.locator('tr.finding').first()).toContainText('保育所等におけるICTの活用');
  await expect(page.locator('details.rule-group')).not.toHaveCount(0);
});

test('after キャンセル on the leave question, one Back leaves', async ({ page }) => {
  await go(page, 'initiative/seed-03');
  await page.getByRole('button', { name: '編集' }).click();
  await page.getByLabel('取組内容(名称)').fill('まだ保存しない名前');
  page.once('dialog', (d) => void d.dismiss());
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('取組の編集 No.3');
  await expect(page.getByLabel('取組内容(名称)')).toHaveValue('まだ保存しない名前');
  page.once('dialog', (d) => void d.accept());
  await page.goBack();
  await expect(sheetNo(page)).toHaveText('3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保育所等におけるICTの活用');
});

test('Ctrl+Z on another screen names the change and asks first', async ({ page, app }) => {
  await go(page, 'edit/seed-01');
  await page.getByLabel('取組内容(名称)').fill('書かない窓口の全庁展開');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.save-state')).toHaveText('保存済み');
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await page.locator('.dashboard h1').click();
  await page.keyboard.press('Control+z');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('No.1「書かない窓口の全庁展開」を編集');
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  const title = () => readPlanDocument(app.db, currentPlanId(app.db)).initiatives.find((i) => i.id === 'seed-01')!.title;
  expect(title()).toBe('書かない窓口の全庁展開');
  await page.keyboard.press('Control+z');
  await dialog.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.locator('.toast')).toContainText('元に戻しました');
  expect(title()).toBe('書かない窓口の導入');
});

// 要確認 marks as the coordinator meets them: on the sheet of a fragmentary initiative, 確認済みにする
// (gone after a reload), the 「要確認あり」 filter, the dashboard count per 課, the PDF screen notice,
// and editing a marked text in the editor (the mark goes with the save).
import { test, expect } from './fixtures.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';

const shot = (name: string) => (process.env.SHOTS_DIR ? { path: `${process.env.SHOTS_DIR}/${name}.png` } : {});

test.use({ viewport: { width: 1366, height: 768 } });

test('a mark is shown on its initiative, 確認済みにする clears it, and it stays cleared after a reload', async ({ page }) => {
  await page.goto(`${page.url().split('#')[0]}#/initiative/seed-43`);
  const panel = page.locator('.review-marks');
  await expect(panel.getByRole('heading')).toHaveText('要確認 5件');
  await expect(panel.locator('[data-review-field="purpose"]')).toContainText('公表版の転記で判読できない箇所があり');
  await expect(panel.locator('[data-review-field="policy"]')).toContainText('一覧では方針3');
  await expect(page.locator('.sheet')).toContainText('…リティを確保するために');
  await page.screenshot(shot('review-detail'));
  await panel.locator('[data-review-field="schedule[0]"]').getByRole('button', { name: '確認済みにする' }).click();
  await expect(panel.getByRole('heading')).toHaveText('要確認 4件');
  await page.reload();
  await expect(page.locator('.review-marks').getByRole('heading')).toHaveText('要確認 4件');
  await expect(page.locator('[data-review-field="schedule[0]"]')).toHaveCount(0);
});

test('the list filters 「要確認あり」 and the dashboard counts the marks per 課', async ({ page }) => {
  await page.goto(`${page.url().split('#')[0]}#/list`);
  await page.getByLabel('要確認あり').check();
  await expect(page.locator('.initiative-table tbody tr')).toHaveCount(40);
  await page.screenshot(shot('review-list'));
  await page.goto(`${page.url().split('#')[0]}#/dashboard`);
  const dash = page.locator('.review-by-dept');
  await expect(dash.getByRole('status')).toHaveText(/要確認が 81 件残っています/);
  await expect(dash.locator('tr', { hasText: '産業振興課' })).toContainText('5件');
  await dash.scrollIntoViewIfNeeded();
  await page.screenshot(shot('review-dashboard'));
});

test('the PDF screen says how many marks are left in what it prints, with a link to 点検', async ({ page, seedDoc }) => {
  await page.goto(`${page.url().split('#')[0]}#/pdf`);
  await expect(page.locator('.review-notice')).toContainText('要確認が 81 件');
  await page.screenshot(shot('review-pdf'));
  await page.locator('.review-notice').getByRole('link', { name: '点検で確認する' }).click();
  // 点検 groups its findings by rule, then by 課: the 要確認 group counts every mark once, and
  // lists a shared initiative's marks under each of its 課 (as the dashboard counts them).
  const group = page.locator('details.rule-group[data-rule="needs-review"]');
  await expect(group.locator('> summary')).toContainText('81件');
  const listed = seedDoc.initiatives.reduce((n, it) => n + liveMarks(it).length * new Set(it.departments).size, 0);
  expect(listed).toBeGreaterThan(81);
  await expect(group.locator('tr.finding')).toHaveCount(listed);
  await page.screenshot(shot('review-checks'));
});

test('rewriting a marked text in the editor clears its mark when saved', async ({ page }) => {
  await page.goto(`${page.url().split('#')[0]}#/edit/seed-04`);
  const panel = page.locator('.review-marks');
  await expect(panel.getByRole('heading')).toHaveText('要確認 2件');
  await page.locator('#ed-purpose').fill('中小企業の様々な経営課題の解決に向けたデジタル技術の活用を促進します。');
  await expect(panel.locator('[data-review-field="purpose"]')).toContainText('編集済み(保存すると要確認は外れます)');
  await page.screenshot(shot('review-editor'));
  await page.getByRole('button', { name: '保存(Ctrl+S)' }).click();
  await expect(page.locator('.save-state')).toHaveText('保存済み');
  await expect(panel.getByRole('heading')).toHaveText('要確認 1件');
  await page.reload();
  await expect(page.locator('.review-marks').getByRole('heading')).toHaveText('要確認 1件');
});

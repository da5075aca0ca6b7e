// Not committed: screenshots at 1366×768 of the screens this branch changes.
import { test, expect } from './fixtures.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const shot = (name: string) => `/tmp/shots/${name}.png`;

test('screens', async ({ page }) => {
  const base = page.url().split('#')[0];
  const go = async (h: string) => { await page.goto(`${base}#/${h}`); await page.waitForTimeout(400); };
  await go('list'); await page.screenshot({ path: shot('list') });
  await go('initiative/seed-02'); await page.screenshot({ path: shot('detail') });
  await go('edit/seed-02'); await page.getByLabel('取組内容(名称)').fill('変更中'); await page.locator('.app-main').evaluate((e) => e.scrollTo(0, 1500)); await page.waitForTimeout(200); await page.screenshot({ path: shot('editor-scrolled') });
  await page.getByRole('button', { name: '戻る' }).or(page.getByRole('button', { name: '破棄して戻る' })).first().click().catch(() => {});
  page.on('dialog', (d) => void d.accept());
  await go('checks'); await page.screenshot({ path: shot('checks') });
  await go('dashboard'); await page.screenshot({ path: shot('dashboard') });
  await go('pdf'); await page.screenshot({ path: shot('pdf') });
  await go('plan-settings'); await page.screenshot({ path: shot('plan-settings') });
  await go('departments'); await page.getByRole('button', { name: '「デジタル推進課」の名称変更' }).click(); await page.screenshot({ path: shot('departments-rename') });
  await go('history'); await page.screenshot({ path: shot('history') });
  await go('revisions'); await page.screenshot({ path: shot('revisions') });
  expect(true).toBe(true);
});

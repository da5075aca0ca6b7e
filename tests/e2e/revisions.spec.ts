// 改定版・新旧対照表: freeze a revision in the UI and see it listed; open a compare against the
// edited working copy and see the changed passage underlined, 改正後 left of 改正前.
import { dispatch } from '../../shared/api/dispatch.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext } from '../../electron/handlers/context.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { readFileSync } from 'node:fs';
import { test, expect, readDoc, MINI_PATH, type HostFixture } from './fixtures.ts';

async function call(app: HostFixture, name: string, input: unknown): Promise<unknown> {
  const r = await dispatch(handlers, name, input, makeContext(app.db, app.dbPath, 'cli'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('freezing a revision in the UI lists it and updates the edition', async ({ page }) => {
  await page.getByRole('link', { name: '改定版・新旧対照表' }).click();
  const list = page.getByRole('table', { name: '改定版の一覧' });
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list.locator('tbody tr').first()).toContainText('2025年度改定版');

  const form = page.getByRole('form', { name: '改定版を確定' });
  await form.getByLabel('改定版の名前').fill('2026年度改定版');
  await form.getByLabel('改定日').fill('2026-07-10');
  await form.getByLabel('改定内容').fill('①令和7年度の実績を記載しました。\n②計画を修正しました。');
  await form.getByRole('button', { name: '改定版を確定' }).click();
  await expect(form.getByRole('status')).toContainText('取り消せません');
  await form.getByRole('button', { name: '確定する' }).click();

  await expect(page.getByRole('status').filter({ hasText: '改定版「2026年度改定版」を確定しました' })).toBeVisible();
  await expect(list.locator('tbody tr')).toHaveCount(2);
  const row = list.locator('tr[data-label="2026年度改定版"]');
  await expect(row).toContainText('2026-07-10');
  await expect(row).toContainText('②計画を修正しました。');
  await expect(page.locator('.app-header .edition')).toHaveText('【2026年度改定版】');

  // A refused freeze shows the Japanese reason and lists nothing new.
  await form.getByLabel('改定版の名前').fill('2026年度改定版');
  await form.getByLabel('改定内容').fill('重複');
  await form.getByRole('button', { name: '改定版を確定' }).click();
  await form.getByRole('button', { name: '確定する' }).click();
  await expect(form.getByRole('alert')).toContainText('「2026年度改定版」は既にあります');
  await expect(list.locator('tbody tr')).toHaveCount(2);
});

test('a compare of the seed revision with the edited working copy underlines the change', async ({ page, app }) => {
  const doc = (await call(app, 'dumpPlan', {})) as PlanDocument;
  const target = doc.initiatives[0]!;
  target.activity = `${target.activity}\n・全庁の窓口で運用を開始します。`;
  await call(app, 'loadPlan', { document: doc });

  await page.getByRole('link', { name: '改定版・新旧対照表' }).click();
  const picker = page.getByRole('form', { name: '新旧対照表を開く' });
  await picker.getByLabel('改正前').selectOption('2025年度改定版');
  await picker.getByLabel('改正後').selectOption('working');
  await picker.getByRole('button', { name: '新旧対照表を表示' }).click();

  await expect(page.getByRole('heading', { name: '新旧対照表' })).toBeVisible();
  await expect(page.locator('.cmp-summary')).toContainText('変更 1 件・追加 0 件・削除 0 件');
  const item = page.locator(`section.cmp-item[data-id="${target.id}"]`);
  await expect(item).toHaveCount(1);
  const row = item.locator('tr[data-field="activity"]');
  const changed = row.locator('td').nth(0).locator('u.chg');
  await expect(changed).toHaveText('\n・全庁の窓口で運用を開始します。');
  const decoration = await changed.evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(decoration).toContain('underline');
  // 改正前 (right) has no underlined passage for a pure addition; the headings are in 改正後 | 改正前 order.
  await expect(row.locator('td').nth(1).locator('u.chg')).toHaveCount(0);
  await expect(item.locator('thead th')).toHaveText(['項目', '改正後', '改正前']);
  await expect(page.locator('section.cmp-item')).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '新旧対照表の PDF を保存' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_新旧対照表_作業中_2025年度改定版.pdf');
  expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a deletion + renumbering reads as one No. table; the 項目 column stays narrow; PDF 出力 offers 作業中 and 確定済み', async ({ page, app }) => {
  const doc = (await call(app, 'dumpPlan', {})) as PlanDocument;
  doc.initiatives = doc.initiatives.filter((i) => i.no !== 3).map((i) => (i.no > 3 ? { ...i, no: i.no - 1 } : i));
  await call(app, 'loadPlan', { document: doc });

  await page.evaluate(() => { location.hash = `#/compare/${encodeURIComponent(JSON.stringify(['2025年度改定版', 'working']))}`; });
  await expect(page.locator('.cmp-summary')).toContainText('削除 1 件・No. の変更 40 件');
  const renumbered = page.locator('section[data-kind="renumbered"] tbody tr');
  await expect(renumbered).toHaveCount(1);
  await expect(renumbered).toContainText('No.3〜No.42');
  // Only the deleted initiative has a block; the label column is the narrow 項目 column, not a flex box.
  await expect(page.locator('section.cmp-item[data-id]')).toHaveCount(1);
  const label = page.locator('section.cmp-item[data-id] tbody th').first();
  expect(await label.evaluate((el) => getComputedStyle(el).display)).toBe('table-cell');
  expect((await label.boundingBox())!.width).toBeLessThan(200);

  await page.getByRole('link', { name: 'PDF 出力' }).click();
  const edition = page.getByRole('group', { name: '版' });
  await expect(edition).toContainText('各ページに「作業中(未確定)」と入ります');
  await edition.getByLabel(/確定済みの改定版/).check();
  await page.getByRole('button', { name: 'PDF を作成' }).click();
  await expect(page.getByText('保存するファイル名')).toContainText('_2025年度改定版.pdf');
  await expect(page.getByText('保存するファイル名')).not.toContainText('作業中');
  await edition.getByLabel(/作業中の計画/).check();
  await page.getByRole('button', { name: 'PDF を作成' }).click();
  await expect(page.getByText('保存するファイル名')).toContainText('_2025年度改定版_作業中.pdf');
});

test.describe('a new plan period', () => {
  test.use({ seedDoc: readDoc(MINI_PATH) });

  test('starting 2027–2029 with one initiative makes it current and the old plan read-only', async ({ page }) => {
    await page.getByRole('link', { name: '改定版・新旧対照表' }).click();
    await page.getByRole('button', { name: '新しい計画期間を開始…' }).click();
    const form = page.getByRole('form', { name: '新しい計画期間を開始' });
    await expect(form.getByLabel('開始年度')).toHaveValue('2027');
    await expect(form.getByLabel('終了年度')).toHaveValue('2029');
    await expect(form.getByTestId('period-title')).toHaveText('テスト計画【アクションプラン(2027-2029)】');
    await expect(form).toContainText('計画バー(矢印)と実績は引き継がず');
    await form.getByLabel('No.2 デジタル人材の育成').uncheck();
    await expect(form).toContainText('1 / 2 件を引き継ぎます');
    await form.getByRole('button', { name: '新しい計画期間を開始' }).click();
    await form.getByRole('button', { name: '開始する' }).click();

    await expect(page.getByRole('status').filter({ hasText: '前の計画は読み取り専用になりました' })).toBeVisible();
    const plans = page.getByRole('table', { name: '計画期間' });
    await expect(plans.locator('tbody tr')).toHaveCount(2);
    await expect(plans.locator('tbody tr').nth(0)).toContainText('現在の計画');
    await expect(plans.locator('tbody tr').nth(0)).toContainText('2027年度〜2029年度');
    await expect(plans.locator('tbody tr').nth(1)).toContainText('終了(読み取り専用)');
    await expect(page.locator('.app-header .edition')).toHaveText('【策定中】');

    // The old plan opens read-only with its results; the list shows the one continuing initiative.
    await plans.locator('tbody tr').nth(1).getByRole('button', { name: '表示' }).click();
    await expect(page.getByRole('heading', { name: /終了した計画期間の計画/ })).toContainText('読み取り専用');
    await expect(page.locator('.doc-item')).toHaveCount(2);
    await page.getByRole('link', { name: '取組一覧' }).click();
    await expect(page.locator('tr[data-no]')).toHaveCount(1);
    await expect(page.locator('tr[data-no]')).toContainText('書かない窓口の導入');
  });
});

// Editing end to end: the editor saves every kind of field, the audit trail records it,
// undo restores it, a stale save is refused, IME Enter never saves, 課 renames follow everywhere,
// bad input is refused at the field, and the list/checks hold up with 1,000 initiatives.
import type { Page } from '@playwright/test';
import { test, expect, readDoc, MINI_PATH, type HostFixture } from './fixtures.ts';
import { currentPlanId, readPlanDocument } from '../../electron/store/plan-read.ts';
import { osUserName } from '../../electron/handlers/context.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';

test.use({ seedDoc: readDoc(MINI_PATH) });

const dump = (app: HostFixture) => readPlanDocument(app.db, currentPlanId(app.db));
const t01 = (app: HostFixture) => dump(app).initiatives.find((i) => i.id === 't-01')!;
const go = (page: Page, hash: string) => page.goto(`${page.url().split('#')[0]}#/${hash}`);
const toast = (page: Page) => page.locator('.toast');

test('edit a title, a bar and a 2025 result; save; reload; audit; undo', async ({ page, app }) => {
  const before = t01(app);
  await go(page, 'edit/t-01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('取組の編集 No.1');
  await page.getByLabel('取組内容(名称)').fill('書かない窓口の全庁展開');
  await page.getByLabel('2本目の終了年度').fill('2025');
  await page.getByLabel('2本目の項目名').fill('本格運用');
  await page.getByLabel('2025年度の実績').fill('・全課に展開しました。\n・利用 3,000件');
  await expect(page.locator('.save-state')).toHaveText('● 未保存の変更があります');
  await page.getByRole('button', { name: '保存(Ctrl+S)' }).click();
  await expect(toast(page)).toContainText('を保存しました');
  await expect(page.locator('.save-state')).toHaveText('保存済み');

  await page.reload();
  await go(page, 'initiative/t-01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('書かない窓口の全庁展開');
  await expect(page.locator('.schedule-bar[data-from="2025"][data-to="2025"]')).toContainText('本格運用');
  await expect(page.locator('td.result[data-fiscal-year="2025"]')).toHaveText('・全課に展開しました。\n・利用 3,000件');

  const saved = t01(app);
  expect(saved.title).toBe('書かない窓口の全庁展開');
  expect(saved.schedule[1]).toEqual({ label: '本格運用', from: 2025, to: 2025, lane: 0 });
  expect(saved.results).toEqual([...before.results, { fiscalYear: 2025, text: '・全課に展開しました。\n・利用 3,000件' }]);

  const audit = app.db.prepare(`SELECT b.who, b.source, e.field FROM change_batch b JOIN change_entry e ON e.batch_id = b.id
    WHERE e.entity = 'initiative' AND e.entity_id = 't-01' ORDER BY e.id`).all() as { who: string; source: string; field: string }[];
  expect(audit).toEqual(['title', 'schedule', 'results'].map((field) => ({ who: osUserName(), source: '画面', field })));
  await expect(page.locator('.history-panel .history-summary').first()).toHaveText('No.1「書かない窓口の全庁展開」を編集');

  // Ctrl+Z on the detail view takes the save back, once confirmed.
  await page.locator('.sheet').click();
  await page.keyboard.press('Control+z');
  await page.getByRole('dialog').getByRole('button', { name: '元に戻す' }).click();
  await expect(toast(page)).toContainText('元に戻しました');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before.title);
  expect(t01(app)).toEqual(before);
  await page.keyboard.press('Control+y');
  await page.getByRole('dialog').getByRole('button', { name: 'やり直す' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('書かない窓口の全庁展開');
  expect(t01(app)).toEqual(saved);
});

test('a save over a newer stored version is refused, showing both side by side', async ({ page, app }) => {
  await go(page, 'edit/t-01');
  await page.getByLabel('取組内容(名称)').fill('この画面での変更');
  // Meanwhile another window (or an import) saves the same initiative.
  app.db.prepare("UPDATE initiative SET title = '別の窓での変更', version = version + 1 WHERE id = 't-01'").run();
  await page.getByRole('button', { name: '保存(Ctrl+S)' }).click();
  const panel = page.getByRole('alertdialog');
  await expect(panel).toContainText('保存できませんでした: ほかで変更されています');
  await expect(panel.locator('tbody tr', { hasText: '取組内容' })).toContainText('この画面での変更');
  await expect(panel.locator('tbody tr', { hasText: '取組内容' })).toContainText('別の窓での変更');
  expect(t01(app).title).toBe('別の窓での変更');
  // Overwriting is a deliberate choice, never silent.
  await panel.getByRole('button', { name: '自分の編集で上書きする' }).click();
  await expect(toast(page)).toContainText('を保存しました');
  expect(t01(app).title).toBe('この画面での変更');
});

test('Enter or Ctrl+S during an IME composition never saves half-typed text', async ({ page, app }) => {
  await go(page, 'edit/t-01');
  const title = page.getByLabel('取組内容(名称)');
  await title.click();
  await title.dispatchEvent('compositionstart', { data: '' });
  await title.fill('書かない窓口のかんりょう');
  await title.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true });
  await page.keyboard.press('Control+s');
  await page.keyboard.press('Enter'); // the composition is still open (no compositionend yet)
  await page.waitForTimeout(300);
  expect(t01(app).title).toBe('書かない窓口の導入');
  await expect(page.locator('.save-state')).toHaveText('● 未保存の変更があります');

  await title.fill('書かない窓口の完了');
  await title.dispatchEvent('compositionend', { data: '完了' });
  await page.keyboard.press('Enter'); // now a plain Enter in a one-line field saves
  await expect(toast(page)).toContainText('を保存しました');
  expect(t01(app).title).toBe('書かない窓口の完了');
});

test('bad input is refused at the field and nothing is saved', async ({ page, app }) => {
  const before = dump(app);
  await go(page, 'edit/t-01');
  await page.getByLabel('取組内容(名称)').fill('');
  await page.getByLabel('No.', { exact: true }).fill('2');
  await page.getByLabel('1本目の開始年度').fill('2026');
  await page.getByLabel('2本目の終了年度').fill('2030');
  await page.getByRole('button', { name: '保存(Ctrl+S)' }).click();
  await expect(page.locator('.save-error')).toContainText('保存できません');
  await expect(page.locator('.field', { has: page.getByLabel('取組内容(名称)') }).getByRole('alert')).toHaveText('入力してください');
  await expect(page.locator('.field', { has: page.getByLabel('No.', { exact: true }) }).getByRole('alert')).toContainText('No.2 は「デジタル人材の育成」で使われています');
  await expect(page.locator('tr[data-bar="0"]').getByRole('alert')).toContainText('開始年度が終了年度より後になっています');
  await expect(page.locator('tr[data-bar="1"]').getByRole('alert')).toContainText('計画期間(2024〜2026)の外です');
  await expect(page.getByLabel('取組内容(名称)')).toBeFocused();
  expect(dump(app)).toEqual(before);
  expect(app.db.prepare('SELECT count(*) AS n FROM change_batch').get()).toEqual({ n: 0 });
});

test('renaming a 課 updates every initiative; deleting asks and is restorable', async ({ page, app }) => {
  await go(page, 'departments');
  await page.getByRole('button', { name: '「デジタル推進課」の名称変更' }).click();
  await page.getByLabel('「デジタル推進課」の新しい名称').fill('DX推進課');
  await page.getByRole('button', { name: '名称を変更', exact: true }).click();
  await expect(toast(page)).toContainText('「デジタル推進課」を「DX推進課」に変更しました(取組 2件)');
  await go(page, 'list');
  const rows = page.locator('section.list-group tbody tr');
  await expect(rows).toHaveCount(2);
  for (const i of [0, 1]) await expect(rows.nth(i)).toContainText('DX推進課');
  await expect(page.locator('.initiative-list')).not.toContainText('デジタル推進課');
  expect(dump(app).initiatives.map((i) => i.departments)).toEqual([['DX推進課', '市民課'], ['職員課', 'DX推進課']]);

  await go(page, 'initiative/t-02');
  await page.getByRole('button', { name: '削除' }).click();
  await expect(page.getByRole('dialog')).toContainText('No.2「デジタル人材の育成」を削除しますか?');
  await page.getByRole('button', { name: '削除する' }).click();
  await expect(page.locator('section.list-group tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: '削除した取組' }).click();
  await page.getByRole('button', { name: '「デジタル人材の育成」を復元' }).click();
  await expect(toast(page)).toContainText('No.2「デジタル人材の育成」を復元しました');
  expect(dump(app).initiatives.map((i) => i.id)).toEqual(['t-01', 't-02']);
});

test('leaving with unsaved changes asks first, and staying keeps the draft', async ({ page, app }) => {
  await go(page, 'edit/t-02');
  await page.getByLabel('目的').fill('書きかけの目的');
  const asked: string[] = [];
  page.once('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
  await page.getByRole('link', { name: '取組一覧' }).click();
  await expect.poll(() => asked).toEqual(['保存していない変更があります。変更を破棄して移動しますか?']);
  await expect(page.getByLabel('目的')).toHaveValue('書きかけの目的');
  expect(page.url()).toContain('#/edit/t-02');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('link', { name: '取組一覧' }).click();
  await expect(page.locator('section.list-group')).toHaveCount(2);
  expect(dump(app).initiatives[1]!.purpose).toBe('人材を育成します。');
});

test('the list filters, searches regardless of width, and moves with the keyboard', async ({ page }) => {
  await expect(page.locator('section.list-group')).toHaveCount(2);
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('検索(Ctrl+F)')).toBeFocused();
  await page.keyboard.type('ｹﾝｼｭｳ'); // no match for half-width 研修 reading: search is by text
  await expect(page.locator('.result-count')).toHaveText('2件中 0件を表示');
  await page.getByLabel('検索(Ctrl+F)').fill('ﾘｰﾀﾞｰ');
  await expect(page.locator('.result-count')).toHaveText('2件中 1件を表示');
  await expect(page.locator('section.list-group').nth(1).locator('tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: '条件をクリア' }).click();
  await page.getByLabel('実績未記入').selectOption('2025');
  await expect(page.locator('.result-count')).toHaveText('2件中 2件を表示');
  await page.getByLabel('実績未記入').selectOption('2024');
  await expect(page.locator('.result-count')).toHaveText('2件中 0件を表示');
  await page.getByRole('button', { name: '条件をクリア' }).click();
  await page.locator('section.list-group tbody tr').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('tr[data-id="t-02"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('デジタル人材の育成');
  await page.keyboard.press('Control+f'); // from any screen: back to the list's search box
  await expect(page.getByLabel('検索(Ctrl+F)')).toBeFocused();
  const measures = await page.evaluate(() => performance.getEntriesByName('filter').length);
  expect(measures).toBeGreaterThan(0);
});

function bigDoc(n: number): PlanDocument {
  const doc = readDoc(MINI_PATH);
  const [a, b] = doc.initiatives as [PlanDocument['initiatives'][0], PlanDocument['initiatives'][0]];
  return {
    ...doc,
    initiatives: Array.from({ length: n }, (_, i) => ({ ...structuredClone(i % 2 ? b : a), id: `big-${i + 1}`, no: i + 1, priority: i < 100, title: `${(i % 2 ? b : a).title} ${i + 1}` })),
  };
}

test.describe('1,000 initiatives', () => {
  test.use({ seedDoc: bigDoc(1000) });
  test('the list shows counts, filters fast and checks run', async ({ page }) => {
    await expect(page.locator('.result-count')).toHaveText('全1000件');
    await expect(page.locator('section.list-group').nth(0).locator('h2')).toContainText('100件');
    await page.getByLabel('検索(Ctrl+F)').fill('ﾘｰﾀﾞｰ 99');
    // 「デジタル人材の育成 99」, 199, …, 999 and 990-998 odd ones: every odd item whose No. contains 99.
    const expected = Array.from({ length: 1000 }, (_, i) => i + 1).filter((no) => no % 2 === 0 && String(no).includes('99')).length;
    await expect(page.locator('.result-count')).toHaveText(`1000件中 ${expected}件を表示`);
    const filterMs = await page.evaluate(() => performance.getEntriesByName('filter').map((e) => e.duration));
    expect(filterMs.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => performance.getEntriesByName('list-ready').length)).toBe(1);
    test.info().annotations.push({ type: 'filter-ms', description: filterMs.map((x) => x.toFixed(1)).join(',') });

    await page.getByRole('link', { name: '点検' }).click();
    await page.getByLabel('基準の年度(これより前の年度の実績を確認します)').selectOption('2026');
    await expect(page.locator('.check-summary')).toHaveText(/エラー 0 件、注意 1000 件/);
    await page.locator('details.dept-group > summary').first().click(); // a large group starts with its 課 closed
    await expect(page.locator('tr.finding').first().getByRole('link')).toHaveText(/No\.\d+「/);
  });
});

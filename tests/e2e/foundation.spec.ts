import { test, expect, readDoc, SEED_PATH } from './fixtures.ts';

const seed = readDoc(SEED_PATH);

test('the list shows the seed initiatives in the two groups', async ({ page, app }) => {
  const priority = seed.initiatives.filter((i) => i.priority);
  const other = seed.initiatives.filter((i) => !i.priority);
  const groups = page.locator('section.list-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).locator('h2')).toContainText('重点取組事項');
  await expect(groups.nth(1).locator('h2')).toContainText('取組事項');
  await expect(groups.nth(0).locator('tbody tr')).toHaveCount(priority.length);
  await expect(groups.nth(1).locator('tbody tr')).toHaveCount(other.length);
  await expect(groups.nth(0).locator('tbody tr').first()).toContainText(priority[0]!.title);
  await expect(groups.nth(1).locator('tbody tr').last()).toContainText(other.at(-1)!.title);
  expect(app.foreignRequests).toEqual([]);
});

test('a detail view draws a bar spanning two fiscal years across both columns', async ({ page }) => {
  const it = seed.initiatives.find((i) => i.schedule.some((b) => b.to - b.from === 1))!;
  const bar = it.schedule.find((b) => b.to - b.from === 1)!;
  await page.goto(`${page.url().split('#')[0]}#/initiative/${it.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(it.title);
  const barEl = page.locator(`.schedule-bar[data-from="${bar.from}"][data-to="${bar.to}"]`).first();
  await expect(barEl).toBeVisible();
  const col = (y: number) => page.locator('.years thead th', { hasText: `${y}年度` });
  const [b, c1, c2] = await Promise.all([barEl.boundingBox(), col(bar.from).boundingBox(), col(bar.to).boundingBox()]);
  expect(b && c1 && c2).toBeTruthy();
  // The bar starts in the first year's column and ends in the second's.
  expect(b!.x).toBeGreaterThanOrEqual(c1!.x - 1);
  expect(b!.x).toBeLessThan(c1!.x + c1!.width);
  expect(b!.x + b!.width).toBeGreaterThan(c2!.x);
  expect(b!.x + b!.width).toBeLessThanOrEqual(c2!.x + c2!.width + 1);
});

test('a request without the token is refused', async ({ app, playwright }) => {
  const anon = await playwright.request.newContext();
  const page = await anon.get(app.host.url);
  expect(page.status()).toBe(401);
  const call = await anon.post(`${app.host.url}api/dumpPlan`, { data: {}, headers: { 'Content-Type': 'application/json' } });
  expect(call.status()).toBe(401);
  expect((await call.json()).error.code).toBe('UNAUTHORIZED');
  const wrong = await anon.get(`${app.host.url}?t=not-the-token`);
  expect(wrong.status()).toBe(401);
  await anon.dispose();
});

test('a foreign Host or Origin is refused even with the token cookie', async ({ app, page }) => {
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await fetch(`${app.host.url}api/dumpPlan`, {
    method: 'POST',
    headers: { Cookie: cookie, 'X-Plan-Desk-Token': app.host.token, 'Content-Type': 'application/json', Origin: 'http://evil.example' },
    body: '{}',
  });
  expect(res.status).toBe(403);
});

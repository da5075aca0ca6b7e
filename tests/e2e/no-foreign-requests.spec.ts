// The renderer talks to nothing but its own host: every menu entry (and a detail page) is opened
// and the page must not make one request elsewhere, nor trip its own Content-Security-Policy.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures.ts';

test('clicking through every menu entry makes 0 requests outside the host and no CSP violation', async ({ page, app }) => {
  const cspViolations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text()); });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const entries = page.locator('nav.app-nav a');
  const count = await entries.count();
  expect(count).toBeGreaterThan(0);
  const labels: string[] = [];
  for (let round = 0; round < 2; round++) { // twice: views that were cached behave alike
    for (let i = 0; i < count; i++) {
      const link = entries.nth(i);
      labels.push((await link.textContent()) ?? '');
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('main.app-main [role="status"]', { hasText: '読み込み中' })).toHaveCount(0);
    }
  }
  // A detail page too (reached from the list, not the menu).
  await entries.first().click();
  await page.locator('main a[href^="#/initiative/"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(labels.length).toBe(count * 2);
  expect(app.foreignRequests).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the CSP stops a remote fetch, image and script before they leave the page', async ({ page }) => {
  // A real server on another port counts what reaches it: a DNS failure cannot pass for a block.
  let hits = 0;
  const spy = createServer((_req, res) => { hits++; res.end('x'); });
  await new Promise<void>((r) => spy.listen(0, '127.0.0.1', () => r()));
  const foreign = `http://127.0.0.1:${(spy.address() as AddressInfo).port}`;
  try {
    const result = await page.evaluate(async (origin) => {
      const fetched = await fetch(`${origin}/api`).then(() => 'loaded', () => 'blocked');
      const load = (tag: 'img' | 'script', src: string) => new Promise<string>((resolve) => {
        const el = document.createElement(tag);
        el.onload = () => resolve('loaded');
        el.onerror = () => resolve('blocked');
        el.setAttribute('src', src);
        document.body.appendChild(el);
      });
      return { fetched, img: await load('img', `${origin}/pixel.png`), script: await load('script', `${origin}/x.js`) };
    }, foreign);
    expect(result).toEqual({ fetched: 'blocked', img: 'blocked', script: 'blocked' });
    expect(hits).toBe(0);
    await fetch(`${foreign}/control`); // the counter works: a request from outside the page is seen
    expect(hits).toBe(1);
  } finally {
    spy.close();
  }
});

import { chromium } from '@playwright/test';
import { copyFileSync } from 'node:fs';
import { startHostProcess } from '/work/main/bench/lib/host-process.ts';
copyFileSync('/tmp/tmp.zwdc4PgCcZ/s.db', '/tmp/walkpdf.db');
const host = await startHostProcess('/tmp/walkpdf.db');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(host.openUrl);
let t0 = 0;

page.on('response', async (r) => { if (r.url().includes('/api/getPdfJob') && t0) { const b = await r.json().catch(() => null); console.log('resp', (Date.now() - t0).toString().padStart(5), b?.value?.state, b?.value?.phase, b?.value?.fraction?.toFixed?.(2)); } });
for (let round = 0; round < 2; round++) {
  t0 = Date.now(); await page.getByRole('link', { name: 'PDF 出力' }).click();
  await page.waitForTimeout(1000);
  t0 = Date.now();
  await page.getByRole('button', { name: /PDF を作成/ }).click();
  await page.getByRole('button', { name: '保存' }).waitFor({ timeout: 30000 });
  console.log('保存 visible at', Date.now() - t0);
  await page.locator('.pdf-preview canvas, .pdf-preview img').first().waitFor({ timeout: 30000 }).catch(() => {});
  console.log('preview at', Date.now() - t0);
  t0 = 0;
  await page.getByRole('link', { name: '取組一覧' }).click();
}
await browser.close(); await host.stop();

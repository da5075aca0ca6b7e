// Creating a round from the page in the browser host: its forms arrive as one zip download, which
// is unpacked here into `formsDir` for the test to edit like a 課 would.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, type Page } from '@playwright/test';

export async function createRoundInPage(page: Page, formsDir: string): Promise<{ zipName: string; names: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '照会を作成して様式を zip でダウンロード' }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: '課分の様式' })).toBeVisible();
  const entries = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  mkdirSync(formsDir, { recursive: true });
  for (const [name, bytes] of Object.entries(entries)) writeFileSync(join(formsDir, name), bytes);
  return { zipName: download.suggestedFilename(), names: Object.keys(entries).sort() };
}

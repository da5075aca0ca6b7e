// PDF 出力 in the real desktop shell: pdf.js's worker loads from app:// under the CSP and the request
// filter (no fallback to the main thread), 保存 goes through the shell's save dialog,
// 印刷 calls window.print with one image per page. Runs where the Electron binary is installed;
// elsewhere it reports itself skipped with the reason (its download is refused on the build machines).
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../../electron/shell/electron-binary.ts';

const bin = electronBinary();
const main = fileURLToPath(new URL('../../dist/electron/main.mjs', import.meta.url));

test.describe('Electron shell: PDF 出力', () => {
  test.skip(bin === null, 'Electron の実行ファイルがこの端末にありません(ダウンロードが拒否される環境)。Electron がある端末で実行されます。');

  test('previews with the bundled pdf.js worker, saves through the shell dialog, prints through window.print', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-desk-electron-pdf-'));
    const app = await electron.launch({ executablePath: bin!, args: [main, `--db=${join(dir, 'plan.db')}`] });
    try {
      const win = await app.firstWindow();
      const messages: string[] = [];
      win.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      await expect(win.locator('.app-nav')).toBeVisible();
      await win.getByRole('link', { name: 'PDF 出力' }).click();
      await win.getByRole('button', { name: 'PDF を作成' }).click();
      await expect(win.getByRole('progressbar', { name: 'PDF の作成' })).toHaveAttribute('aria-valuenow', '100');
      await expect(win.locator('.pdf-page[data-page="1"] canvas[data-rendered="true"]')).toHaveCount(1, { timeout: 30_000 });
      const pages = Number(/\/ (\d+)/.exec((await win.locator('.pdf-counter').textContent())!)![1]);
      expect(pages).toBeGreaterThan(1);

      // 保存: the shell's save dialog (answered here with a path) and the main process writes the bytes there.
      const saved = join(dir, '保存した.pdf');
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
      }, saved);
      await win.getByRole('button', { name: '保存', exact: true }).click();
      await expect.poll(() => existsSync(saved) && readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

      await win.evaluate(() => {
        const w = window as unknown as { __prints: number[] };
        w.__prints = [];
        window.print = () => { w.__prints.push(document.querySelectorAll('body > .pdf-print img').length); };
      });
      await win.getByRole('button', { name: '印刷' }).click();
      await expect.poll(() => win.evaluate(() => (window as unknown as { __prints: number[] }).__prints)).toEqual([pages]);

      // A real worker: pdf.js says "fake worker" when it has to fall back to the main thread.
      expect(messages.filter((m) => /fake worker|Content Security Policy|Refused to/i.test(m))).toEqual([]);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

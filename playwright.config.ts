import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The hosts under test never read or write this terminal's own settings (the display name).
process.env.PLAN_DESK_HOME ??= mkdtempSync(join(tmpdir(), 'plan-desk-home-'));

// E2E against the browser host in Debian's Chromium (never a Playwright browser download).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
    viewport: { width: 1400, height: 900 },
    locale: 'ja-JP',
    trace: 'off',
  },
});

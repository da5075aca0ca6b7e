// The CLI's own method map: none of its names is in the page's contract (so neither IPC nor the
// browser host can reach them), and its inputs are validated by the same dispatch.
import { describe, expect, it } from 'vitest';
import { isMethodName } from '../../shared/api/contract.ts';
import { cliCall, cliMethods } from '../../electron/cli/cli-methods.ts';
import { AppError } from '../../shared/api/errors.ts';

describe('CLI-only methods', () => {
  it('are not part of the page\'s contract', () => {
    const names = Object.keys(cliMethods);
    expect(names.sort()).toEqual(['backupDatabase', 'initDatabase', 'printPlanPdf', 'restoreDatabase', 'synthDatabase']);
    for (const n of names) expect(isMethodName(n), n).toBe(false);
  });

  it('refuses bad input with BAD_INPUT before any file is touched', async () => {
    const e = await cliCall('synthDatabase', { db: '/nonexistent/dir/x.db', items: 0 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BAD_INPUT');
    const extra = await cliCall('initDatabase', { db: '/nonexistent/x.db', outFile: '/etc/passwd' } as never).catch((x: unknown) => x);
    expect((extra as AppError).code).toBe('BAD_INPUT');
  });
});

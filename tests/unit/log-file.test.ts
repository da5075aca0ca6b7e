// The log file: rotated by size (never more than keep+1 files of at most maxBytes each), the newest
// lines in plan-desk.log, errors under their id; a folder it cannot write does not throw.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE, openLog } from '../../electron/log/log-file.ts';
import { tempDir } from '../helpers.ts';

describe('log file', () => {
  it('rotates by size and keeps a bounded number of files', () => {
    const dir = join(tempDir(), 'logs');
    const log = openLog(dir, { maxBytes: 2000, keep: 2 });
    for (let i = 0; i < 500; i++) log.info(`行 ${i} ${'x'.repeat(40)}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['plan-desk.1.log', 'plan-desk.2.log', LOG_FILE]);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(2000);
    expect(readFileSync(join(dir, LOG_FILE), 'utf8')).toContain('行 499 ');
    expect(readFileSync(join(dir, 'plan-desk.2.log'), 'utf8')).not.toContain('行 0 ');
  });

  it('writes an error with its id and stack', () => {
    const dir = join(tempDir(), 'logs');
    openLog(dir).error('0A1B2C3D', 'API getPlan', new TypeError('壊れた'));
    const text = readFileSync(join(dir, LOG_FILE), 'utf8');
    expect(text).toMatch(/ERROR \[0A1B2C3D\] API getPlan: TypeError: 壊れた\n\s+at /u);
  });

  it('never throws when the folder cannot be made', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => openLog(join(file, 'logs')).info('x')).not.toThrow();
  });
});

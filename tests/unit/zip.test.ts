// A round's forms as one zip: read back by another program (Python's zipfile), Japanese names
// carried with the zip's UTF-8 flag (bit 11), bytes intact, a repeated name not lost.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../shared/files/zip.ts';
import { tempDir } from '../helpers.ts';

const READ = `
import json, sys, zipfile, hashlib
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps([{"name": i.filename, "utf8": bool(i.flag_bits & 0x800), "sha": hashlib.sha256(z.read(i)).hexdigest()} for i in z.infolist()]))
`;

describe('zipFiles', () => {
  it('writes UTF-8 names with the UTF-8 flag, readable by Python', async () => {
    const { createHash } = await import('node:crypto');
    const a = new TextEncoder().encode('市民課の様式');
    const b = new Uint8Array([0, 1, 2, 255]);
    const zip = zipFiles([
      { fileName: '2025年度実績照会_市民課.xlsx', bytes: a },
      { fileName: '2025年度実績照会_職員課.xlsx', bytes: b },
      { fileName: '2025年度実績照会_職員課.xlsx', bytes: a },
    ]);
    const path = join(tempDir(), '2025年度実績照会.zip');
    writeFileSync(path, zip);
    const entries = JSON.parse(execFileSync('python3', ['-c', READ, path], { encoding: 'utf8' })) as { name: string; utf8: boolean; sha: string }[];
    const sha = (x: Uint8Array) => createHash('sha256').update(x).digest('hex');
    expect(entries).toEqual([
      { name: '2025年度実績照会_市民課.xlsx', utf8: true, sha: sha(a) },
      { name: '2025年度実績照会_職員課.xlsx', utf8: true, sha: sha(b) },
      { name: '2025年度実績照会_職員課(2).xlsx', utf8: true, sha: sha(a) },
    ]);
  });
});

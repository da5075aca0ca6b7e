import JSZip from 'jszip';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers.ts';
import { miniDb } from './helpers.ts';
import { entry, writeZip, zerosEntry } from './zip-tools.ts';
const { dbPath, dir } = miniDb();
const r = await cli('round', 'create', '--db', dbPath, '--name', 'R', '--fiscal-year', '2025', '--out', join(dir, 'forms'));
console.log(r.code, r.err, r.out);
const form = join(dir, 'forms', readdirSync(join(dir, 'forms'))[0]!);
const zip = await JSZip.loadAsync(readFileSync(form));
console.log(Object.keys(zip.files));
const chunks = Number(process.argv[2] ?? 16);
const entries = [];
for (const name of Object.keys(zip.files)) {
  const f = zip.files[name]!;
  if (f.dir) continue;
  if (name === 'xl/sharedStrings.xml') { const z = zerosEntry(name, chunks); z.declaredSize = 4000; entries.push(z); continue; }
  entries.push(entry(name, await f.async('nodebuffer')));
}
const bomb = writeZip(entries);
writeFileSync(join(dir, 'bomb.xlsx'), bomb);
console.log('bomb size', bomb.length, join(dir, 'bomb.xlsx'), dbPath);

import { readFileSync } from 'node:fs';

import { diffChars } from 'diff';
const mode = process.argv[2];
const buf = readFileSync('/tmp/plan-desk-hardening-sVKGYw/big.xlsx');
const t = performance.now();
if (mode === 'load') await loadWorkbook(buf);
if (mode === 'diff') diffChars('', 'x'.repeat(3_200_000));
console.log(mode, (performance.now() - t).toFixed(0), 'ms', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'MB');

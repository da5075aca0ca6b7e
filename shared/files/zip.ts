// Many files as one zip (a round's forms, for the browser, which can only download one file at a
// time). fflate marks every non-ASCII name with the zip's UTF-8 flag, so Explorer shows the Japanese names.
import { zipSync, type Zippable } from 'fflate';

export function zipFiles(files: readonly { fileName: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) {
    let name = f.fileName;
    for (let n = 2; name in entries; n++) name = f.fileName.replace(/(\.[^.]*)?$/u, `(${n})$1`);
    // Already compressed (xlsx, pdf): stored, not deflated again.
    entries[name] = [f.bytes, { level: 0 }];
  }
  return zipSync(entries);
}

// Files from a drop or a folder pick: a dropped folder is walked (its subfolders too), and only
// Excel-like files are kept, so a coordinator can drop the whole folder of returned mail attachments.
const RETURN_FILE = /\.(xlsx|xlsm|xls|csv)$/i;

export const isReturnFile = (name: string) => RETURN_FILE.test(name) && !name.startsWith('~$');

function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches until it returns an empty one.
  return new Promise((resolve, reject) => {
    const next = () => reader.readEntries((batch) => {
      if (batch.length === 0) return resolve(all);
      all.push(...batch);
      next();
    }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: File[], depth = 0): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (isReturnFile(file.name)) out.push(file);
  } else if (entry.isDirectory && depth < 8) {
    for (const child of await readEntries(entry as FileSystemDirectoryEntry)) await walk(child, out, depth + 1);
  }
}

/** Every return file of a drop: plain files as they are, folders walked. */
export async function filesOfDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e?.isDirectory)) {
    const out: File[] = [];
    for (const e of entries) if (e) await walk(e, out);
    return out;
  }
  return [...data.files];
}

// The one way a file leaves the page. In Electron the shell shows the system dialog and writes the
// bytes where the user chose (the page never names a place); in the browser host it is a download,
// and several files go as one zip. Errors are shown here; the caller gets what came of it.
import { type BytesDownload, type FileDownload, type SaveOutcome, ZIP_MIME } from '../../shared/files/file-download.ts';
import { zipFiles } from '../../shared/files/zip.ts';
import { shell } from '../api/client.ts';
import { showToast } from './toast.ts';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(base64);
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const decoded = (f: FileDownload | BytesDownload): BytesDownload =>
  'bytes' in f ? f : { fileName: f.fileName, mimeType: f.mimeType, bytes: base64ToBytes(f.base64) };

function browserDownload(f: BytesDownload): void {
  const url = URL.createObjectURL(new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function outcome(p: Promise<{ ok: true; value: SaveOutcome } | { ok: false; error: { message: string } }>): Promise<SaveOutcome> {
  const r = await p;
  if (!r.ok) {
    showToast(r.error.message, 'error');
    return { saved: false };
  }
  if (r.value.saved) showToast(`保存しました: ${r.value.name}`);
  return r.value;
}

/** One file: the save dialog (Electron) or a download (browser). A cancelled dialog is no error. */
export function saveFile(file: FileDownload | BytesDownload): Promise<SaveOutcome> {
  const f = decoded(file);
  if (shell) return outcome(shell.saveFile(f));
  browserDownload(f);
  return Promise.resolve({ saved: true, name: f.fileName });
}

/** Several files: into a folder the user picks (Electron), or one zip named `bundleName`.zip (browser); a single file is saved as itself. */
export function saveFiles(files: readonly (FileDownload | BytesDownload)[], bundleName: string): Promise<SaveOutcome> {
  const list = files.map(decoded);
  if (list.length === 1) return saveFile(list[0]!);
  if (shell) return outcome(shell.saveFilesToFolder(list));
  const zip: BytesDownload = { fileName: `${bundleName}.zip`, mimeType: ZIP_MIME, bytes: zipFiles(list) };
  browserDownload(zip);
  return Promise.resolve({ saved: true, name: zip.fileName });
}

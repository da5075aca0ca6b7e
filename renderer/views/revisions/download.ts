// Saves a PDF the backend rendered (base64) through the browser's download, same in Electron and the host.
export function downloadPdf(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Characters Windows refuses in file names, replaced so a label can name the file. */
export const safeFileName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

// Files between the sandboxed page and the backend: picked/dropped files → base64, base64 → download.
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small for multi-MB files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

import { downloadBase64 as download, XLSX_MIME } from '../../components/download.ts';

export { XLSX_MIME };
export const downloadBase64 = (base64: string, fileName: string, mime = XLSX_MIME): void => download(base64, fileName, mime);

export const formatAt = (iso: string | null) => (iso ? new Date(iso).toLocaleString('ja-JP', { dateStyle: 'short', timeStyle: 'short' }) : '');

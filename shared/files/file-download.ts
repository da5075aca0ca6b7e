// A file the backend hands the page: its name, its type and its bytes (base64, so it crosses both
// IPC and JSON alike). The page never names where it goes: the shell or the browser saves it.
export const PDF_MIME = 'application/pdf';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME = 'application/zip';
/** A mail draft: Outlook opens an .eml with X-Unsent: 1 as a message to send. */
export const EML_MIME = 'message/rfc822';

export interface FileDownload {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A file as the page holds it once decoded: what it asks the shell (or the browser) to save. */
export interface BytesDownload {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** What saving came to: saved (under this name, or into this folder), or cancelled in the dialog. */
export type SaveOutcome = { saved: true; name: string } | { saved: false };

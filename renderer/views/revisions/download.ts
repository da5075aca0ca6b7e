// Saves a PDF the backend rendered (base64) through the browser's download, same in Electron and the host.
import { downloadBase64, PDF_MIME } from '../../components/download.ts';

export const downloadPdf = (base64: string, fileName: string): void => downloadBase64(base64, fileName, PDF_MIME);

/** Characters Windows refuses in file names, replaced so a label can name the file. */
export const safeFileName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

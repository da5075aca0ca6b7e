// The PDF's bytes in the page: decoded once from the API's base64, saved through a download.
import { base64ToBytes, PDF_MIME, saveBytes as save } from '../../components/download.ts';

export { base64ToBytes };
export const saveBytes = (bytes: Uint8Array, fileName: string): void => save(bytes, fileName, PDF_MIME);

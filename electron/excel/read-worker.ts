// Worker entry: guards, loads and dumps returned workbooks off the caller's thread (Electron's main
// process stays responsive while 40 files are parsed). One message per file; the worker is reused.
import { parentPort } from 'node:worker_threads';
import { readWorkbookFile, type FileRead } from './workbook-dump.ts';

export interface ReadRequest { id: number; data: Uint8Array }
export type ReadReply = { id: number; read: FileRead } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('read-worker.ts は Worker として起動してください。');
port.on('message', (req: ReadRequest) => {
  readWorkbookFile(Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength))
    .then((read) => port.postMessage({ id: req.id, read } satisfies ReadReply))
    .catch((e: unknown) => port.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies ReadReply));
});

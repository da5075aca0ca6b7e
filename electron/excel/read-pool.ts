// Reads many returned files in a small pool of worker threads (one read of each file), or in the
// calling thread when asked to or when a worker cannot start (e.g. a bundle without the worker).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadReply, ReadRequest } from './read-worker.ts';
import { readWorkbookFile, type FileRead } from './workbook-dump.ts';

/** read-worker.ts from sources; in the bundled Electron main process the build emits survey-read-worker.mjs beside it. */
export function readWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./read-worker.ts', import.meta.url) : new URL('./survey-read-worker.mjs', import.meta.url);
}

function inThread(files: readonly Buffer[]): Promise<FileRead[]> {
  return files.reduce<Promise<FileRead[]>>(async (acc, f) => [...(await acc), await readWorkbookFile(f)], Promise.resolve([]));
}

/** Runs a queue of files through one worker; rejects if the worker dies (the caller falls back). */
function runWorker(url: URL, files: readonly Buffer[], queue: number[], out: FileRead[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    let current = -1;
    const next = () => {
      current = queue.shift() ?? -1;
      if (current < 0) {
        void worker.terminate();
        return resolve();
      }
      const f = files[current]!;
      worker.postMessage({ id: current, data: new Uint8Array(f.buffer, f.byteOffset, f.byteLength) } satisfies ReadRequest);
    };
    worker.on('message', (m: ReadReply) => {
      if ('error' in m) {
        void worker.terminate();
        return reject(new Error(m.error));
      }
      out[m.id] = m.read;
      next();
    });
    worker.once('error', (e) => reject(e));
    worker.once('exit', (code) => { if (current >= 0) reject(new Error(`読み取りの処理が終了しました(終了コード ${code})`)); });
    next();
  });
}

/**
 * One FileRead per file, in order. `workers` 0 reads in this thread; otherwise up to that many
 * workers share the queue. Any worker failure falls back to reading the rest in this thread.
 */
export async function readWorkbookFiles(files: readonly Buffer[], workers: number, url: URL = readWorkerUrl()): Promise<FileRead[]> {
  const n = Math.min(workers, files.length, Math.max(1, availableParallelism()));
  if (n <= 0) return inThread(files);
  const out: FileRead[] = new Array(files.length);
  const queue = files.map((_, i) => i);
  try {
    await Promise.all(Array.from({ length: n }, () => runWorker(url, files, queue, out)));
    return out;
  } catch {
    queue.length = 0; // the other workers stop after their current file
    const missing = files.map((_, i) => i).filter((i) => out[i] === undefined);
    const rest = await inThread(missing.map((i) => files[i]!));
    missing.forEach((i, k) => { out[i] = rest[k]!; });
    return out;
  }
}

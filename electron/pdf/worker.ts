// Worker entry of the app's PDF thread from the sources and in the Electron build (worker-serve.ts
// answers the jobs). A thread needs its own call to use Node's compile cache, and it must come before
// the modules are loaded: static imports would be read (and, from the sources, stripped of their
// types) before it. Messages sent meanwhile wait on the port until serve() attaches its listener.
import module from 'node:module';
import { parentPort } from 'node:worker_threads';

module.enableCompileCache?.();
if (!parentPort) throw new Error('worker.ts は Worker として起動してください。');
const { serve } = await import('./worker-serve.ts');
serve(parentPort);

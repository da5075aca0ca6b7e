#!/usr/bin/env node
// `npm start`: the Electron window where its binary exists, else the browser host (electron/launch.ts).
// The compile cache keeps stripped and compiled modules between starts.
import module from 'node:module';

module.enableCompileCache?.();
await import('../electron/launch.ts');

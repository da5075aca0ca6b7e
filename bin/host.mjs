#!/usr/bin/env node
// The browser host alone: `node bin/host.mjs [--db FILE] [--port N] [--no-open]`.
import module from 'node:module';

module.enableCompileCache?.();
const { runHost } = await import('../electron/host/main.ts');
await runHost(process.argv.slice(2));

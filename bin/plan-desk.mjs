#!/usr/bin/env node
// The `plan-desk` command: Node ≥ 22.18 runs the TypeScript sources directly. The compile cache
// keeps the stripped and compiled modules between runs, so each command starts faster.
import module from 'node:module';

module.enableCompileCache?.();
await import('../electron/cli/main.ts');

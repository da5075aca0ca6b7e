#!/usr/bin/env node
// The package's `plan-desk` bin: Node ≥ 22.18 runs the TypeScript sources directly.
await import('../electron/cli/main.ts');

// Types of bin/load-cli.mjs for the build script (scripts/build-cli.ts) and the tests.
export declare const BUNDLE: string;
export declare function bundleStale(): string | null;
export declare function loadBundle(): { cli: unknown; cacheRefused: boolean; save(): void };
export declare function loadCli(): Promise<{
  runCli: typeof import('../electron/cli/run.ts').runCli;
  consoleIO: typeof import('../electron/cli/console-io.ts').consoleIO;
  afterRun(): void;
}>;

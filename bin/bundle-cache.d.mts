// Types of bin/bundle-cache.mjs for the build scripts, the PDF worker's loader and the tests.
export declare const ROOT: string;
export declare const CLI_BUNDLE: string;
export declare const PDF_WORKER_BUNDLE: string;
export declare function bundleStale(bundle: string): string | null;
export declare function loadBundle(bundle: string): { exports: unknown; cacheRefused: boolean; save(): void };

// Types for scripts/bundle-server.mjs, which the benchmarks and tests import.
export declare const SERVER_BUNDLE: string;
export declare function newest(paths: readonly string[], skip?: string): number;
export declare function builtAt(path: string): number;
export declare function bundleServer(outfile?: string): string;
export declare function buildServer(): void;
export declare function serverIsStale(): boolean;

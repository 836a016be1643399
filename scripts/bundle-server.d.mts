// Types for scripts/bundle-server.mjs, which the tests import.
export declare const SERVER_BUNDLE: string;
export declare function bundleServer(outfile?: string): Promise<string>;

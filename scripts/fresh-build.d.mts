// Types for scripts/fresh-build.mjs.
export declare function bundleIsFresh(root: string, dir: string, entry: string): boolean;

// Types for scripts/run-vite-build.mjs.
export declare const ROOT: string;
export declare function viteBuild(config: string): string | null;

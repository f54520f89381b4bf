// Types for scripts/check-builder-config.mjs.
export declare function pngSize(file: string): { width: number; height: number } | null;
export declare function readBuilderConfig(root?: string): unknown;
export declare function builderConfigProblems(config: unknown, options?: { root?: string; built?: boolean }): string[];

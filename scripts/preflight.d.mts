// Types for scripts/preflight.mjs.
import type { LocateOptions } from './find-browser.mjs';

export declare function atLeast(have: string, need: string): boolean;
export declare function nodeProblem(have: string, engines: string | undefined): string | null;
export declare function browserProblem(options?: LocateOptions): string | null;

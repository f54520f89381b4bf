/**
 * How many cases each fuzz property tries: a few hundred in `npm test` so it stays quick,
 * 10,000 in `npm run fuzz` (FUZZ_RUNS=10000). FUZZ_SEED replays a failing run fast-check reported.
 */
export const FUZZ_RUNS = positive(process.env.FUZZ_RUNS) ?? 200;
export const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** fast-check's options for one property; a long run gets a per-test time budget to match. */
export function fuzzOptions(runs = FUZZ_RUNS): { numRuns: number; seed?: number; endOnFailure: true } {
  return { numRuns: runs, ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }), endOnFailure: true };
}

/** Vitest's timeout for a property of `runs` cases costing about `msPerCase` each (never under 30 s). */
export function fuzzTimeout(msPerCase: number, runs = FUZZ_RUNS): number {
  return Math.max(30_000, runs * msPerCase * 3);
}

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

import { performance } from 'node:perf_hooks';

/** Median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one synchronous call, in milliseconds. */
export function timeSync(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The bench scripts talk to scripts/bench.mjs with one JSON line on stdout; progress goes to stderr. */
export function report(figures: unknown): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

export function progress(text: string): void {
  process.stderr.write(`  ${text}\n`);
}

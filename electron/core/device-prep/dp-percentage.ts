/**
 * The percentage under "Setting up for work or school" (oobe-ui.md §18; docs/FIDELITY.md,
 * "Device preparation"). Pure functions of virtual time so a test can check any instant.
 */

/**
 * The observed model (oofhours.com, "What is it with Microsoft and progress bars?", 2024; the page's
 * own code per oobe-ui.md §18): a clock, not progress. It starts at 1 % and gains 1 % every
 * (policy timeout ÷ 99); reaching 100 % by the clock is the timeout. Integer arithmetic keeps it exact.
 */
export function elapsedTimePercent(elapsedMs: number, timeoutMs: number): number {
  if (elapsedMs >= timeoutMs) return 100;
  return Math.min(99, 1 + Math.floor((Math.max(0, elapsedMs) * 99) / timeoutMs));
}

/** Virtual ms between two 1 % steps of the elapsed-time model. */
export function percentStepMs(timeoutMs: number): number {
  return timeoutMs / 99;
}

/**
 * The simulator's alternative (policy `percentageModel: "step-weighted"`): the share of the planned
 * work done, each step weighted by its duration, from 1 % to 99 %; 100 % only when the work is done.
 */
export function stepWeightedPercent(doneMs: number, totalMs: number): number {
  if (totalMs <= 0) return 1;
  return Math.min(99, 1 + Math.floor((98 * Math.max(0, Math.min(doneMs, totalMs))) / totalMs));
}

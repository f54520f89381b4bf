import type { AttemptReport } from './exercise';

/**
 * The file name stem of a collected report: its number in the class, the exercise, the score. One
 * rule for the web host's --reports folder and the trainer console's download, so a class's files
 * sort and read the same either way.
 */
export function reportFileStem(report: Pick<AttemptReport, 'exercise' | 'score' | 'maxScore'>, index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${report.exercise}-${report.score}of${report.maxScore}`;
}

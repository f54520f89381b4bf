import type { ExerciseLevel } from '../../shared/exercise';

/** Virtual time as m:ss (or h:mm:ss), for elapsed and remaining attempt time. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export const LEVEL_LABEL: Record<ExerciseLevel, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** "1 point" / "20 points". */
export function pointsText(points: number): string {
  return `${points} ${points === 1 ? 'point' : 'points'}`;
}

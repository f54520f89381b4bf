import { describe, expect, it } from 'vitest';
import { applyAnnotations, type CapturedStep } from '../../electron/cli/record/capture';
import { videoPlan, webVtt } from '../../electron/cli/record/exports';
import { stepAnnotationSchema } from '../../shared/recording';

const step = (atMs: number, caption: string): CapturedStep => ({
  kind: 'action',
  caption,
  atMs,
  durationMs: 0,
  screen: 'region',
  png: Buffer.alloc(0),
  highlights: [],
  frames: [],
});

describe('recording annotations', () => {
  it('name their step by index or by virtual time, never both or neither', () => {
    expect(stepAnnotationSchema.safeParse({ step: 2, note: 'n' }).success).toBe(true);
    expect(stepAnnotationSchema.safeParse({ atMs: 60_000, caption: 'c' }).success).toBe(true);
    const both = stepAnnotationSchema.safeParse({ step: 2, atMs: 60_000, note: 'n' });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toBe('an annotation names its step by "step" or by "atMs" (one of them)');
    expect(stepAnnotationSchema.safeParse({ note: 'n' }).success).toBe(false);
  });

  it('replace a caption, add notes (a time picks the step showing then), and report what names no step', () => {
    const steps = [step(0, 'Press the power button'), step(30_000, 'Select **Next**'), step(90_000, 'Select **Yes**')];
    const unmatched = applyAnnotations(steps, [
      { step: 1, caption: 'Accept the region' },
      { atMs: 45_000, note: 'First note' },
      { atMs: 30_000, note: 'Second note' },
      { step: 7, note: 'nowhere' },
    ]);
    expect(steps.map((s) => s.caption)).toEqual(['Press the power button', 'Accept the region', 'Select **Yes**']);
    expect(steps[1]!.note).toBe('First note\n\nSecond note');
    expect(steps[0]!.note).toBeUndefined();
    expect(unmatched).toEqual(['annotations.3: step 7 is past the last step (2)']);
  });

  it('put a note under its caption in the video cue, on lines of their own', () => {
    const steps = [step(0, 'Select **Next**')];
    applyAnnotations(steps, [{ step: 0, note: 'One\n\nTwo' }]);
    expect(webVtt(videoPlan(steps))).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nSelect Next\nOne\nTwo\n');
  });
});

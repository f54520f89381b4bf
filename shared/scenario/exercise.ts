import { z } from 'zod';
import { SCREEN_IDS } from '../screen-ids';
import { tenantChangeSchema } from '../tenant-commands';

/**
 * An exercise a scenario may carry (issue 13): what the trainee is told, the objectives the run is
 * checked against, hints that cost points, and the debrief shown once the attempt ends.
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "read-error-code"');
const points = z.number().int().min(0).max(1000).default(10);
/** A documented line: `spec/<file>.md:<line>`, so the trainee learns where the truth is written. */
export const specCitationSchema = z
  .string()
  .regex(/^spec\/[a-z0-9-]+\.md:[1-9][0-9]*$/, 'a citation such as "spec/errors.md:42"');

const TENANT_CHANGE_KINDS = tenantChangeSchema.options.map((option) => option.shape.kind.value) as [
  string,
  ...string[],
];

const base = { id, label: z.string().min(1).max(200), points };

export const objectiveSchema = z.discriminatedUnion('kind', [
  /** A command line the trainee ran in the device's command prompt, matched by a regular expression (case-insensitive). */
  z.object({ ...base, kind: z.literal('command'), match: z.string().min(1).max(500) }).strict(),
  /**
   * A registry key (and optionally one of its values) a command read: met when a successful command
   * names the key (HKLM\… or HKEY_LOCAL_MACHINE\…) and its output shows the value.
   */
  z
    .object({ ...base, kind: z.literal('read'), key: z.string().min(2).max(1024), value: z.string().min(1).optional() })
    .strict(),
  /** The trainee types an answer: met by one of `accept` (exact, case and surrounding spaces ignored). */
  z
    .object({
      ...base,
      kind: z.literal('answer'),
      prompt: z.string().min(1),
      accept: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  /** The trainee picks one of `choices`; `correct` is the index of the right one. */
  z
    .object({
      ...base,
      kind: z.literal('choice'),
      prompt: z.string().min(1),
      choices: z.array(z.string().min(1)).min(2).max(8),
      correct: z.number().int().min(0),
    })
    .strict(),
  /** The device showed a screen (e.g. "desktop"), optionally only once another objective was met (a tenant fix). */
  z.object({ ...base, kind: z.literal('screen'), screen: z.enum(SCREEN_IDS), after: id.optional() }).strict(),
  /** The trainee changed the tenant: a `tenant.change` of this kind, whose fields include `with`. */
  z
    .object({
      ...base,
      kind: z.literal('tenant'),
      change: z.enum(TENANT_CHANGE_KINDS),
      with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    })
    .strict(),
  /** The trainee collected the diagnostics logs (`mdmdiagnosticstool … -cab|-zip …` that succeeded). */
  z.object({ ...base, kind: z.literal('logs') }).strict(),
]);
export type Objective = z.infer<typeof objectiveSchema>;

export const EXERCISE_LEVELS = ['easy', 'medium', 'hard'] as const;

export const exerciseSchema = z
  .object({
    level: z.enum(EXERCISE_LEVELS),
    /** What the trainee is told before starting (the user's call, the ticket). */
    briefing: z.string().min(1),
    /**
     * Where the attempt starts: the scenario's script plays headless until this screen shows, so the
     * trainee meets the device where the user left it. Without it, the trainee starts at power-on.
     */
    startOn: z.enum(SCREEN_IDS).optional(),
    objectives: z.array(objectiveSchema).min(1),
    /** Virtual minutes: the attempt ends on its own when the device's clock passes them. */
    timeLimitMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
    /** Revealed one at a time, in order; each takes its cost off the score. */
    hints: z.array(z.object({ text: z.string().min(1), cost: z.number().int().min(0).max(1000) }).strict()).default([]),
    debrief: z
      .object({
        rootCause: z.string().min(1),
        fix: z.string().min(1),
        citations: z.array(specCitationSchema).min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const seen = new Set<string>();
    exercise.objectives.forEach((objective, i) => {
      if (seen.has(objective.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'id'],
          message: `objective id "${objective.id}" is used twice`,
        });
      }
      seen.add(objective.id);
      if (objective.kind === 'choice' && objective.correct >= objective.choices.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'correct'],
          message: `there are ${objective.choices.length} choices; "correct" is an index from 0 to ${objective.choices.length - 1}`,
        });
      }
      if (objective.kind === 'command') {
        try {
          new RegExp(objective.match, 'i');
        } catch {
          ctx.addIssue({ code: 'custom', path: ['objectives', i, 'match'], message: 'not a valid regular expression' });
        }
      }
    });
    exercise.objectives.forEach((objective, i) => {
      if (objective.kind === 'screen' && objective.after !== undefined && !seen.has(objective.after)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'after'],
          message: `no objective "${objective.after}"`,
        });
      }
    });
  });
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;

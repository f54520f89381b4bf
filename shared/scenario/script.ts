import { z } from 'zod';
import { SCREEN_IDS } from '../screen-ids';
import { keyChordSchema } from '../key-chord';

/** What the person at the device does, step by step, so a run can go end to end unattended. */

const control = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a control id such as "next"');

export const scriptActionSchema = z.union([
  z.object({ click: control }).strict(),
  z.object({ type: z.object({ field: control, text: z.string() }).strict() }).strict(),
  z.object({ select: z.object({ list: control, item: z.string().min(1) }).strict() }).strict(),
  z.object({ key: keyChordSchema }).strict(),
  z.object({ power: z.enum(['on', 'restart', 'shutdown', 'factory-reset']) }).strict(),
  /** Let virtual time pass (a person reading the screen, or waiting on purpose). */
  z
    .object({
      wait: z
        .number()
        .int()
        .min(0)
        .max(7 * 24 * 3_600_000),
    })
    .strict(),
  /** Run a command in the device's command prompt (Shift+F10), e.g. "w32tm /resync /force". */
  z.object({ shell: z.string().min(1).max(8192) }).strict(),
  /** Fire one of the scenario's manual faults by id. */
  z.object({ fault: z.string().min(1) }).strict(),
]);
export type ScriptAction = z.infer<typeof scriptActionSchema>;

export const scriptStepSchema = z
  .object({
    /** Wait (on the virtual clock) until this screen shows, then act. Left out: act at once. */
    on: z.enum(SCREEN_IDS).optional(),
    do: z.array(scriptActionSchema).min(1),
    /** A line for the trainer's guide and recordings. */
    note: z.string().optional(),
  })
  .strict();
export type ScriptStep = z.infer<typeof scriptStepSchema>;

import { z } from 'zod';
import { faultSchema } from '../faults';
import { SCREEN_IDS } from '../screen-ids';

/** A fault written into a scenario: when it fires and what it does. */
export const scenarioFaultSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "cut-ztd"'),
    /** What a trainer reads in the fault list. */
    label: z.string().min(1),
    trigger: z.discriminatedUnion('kind', [
      /** At a virtual time (ms since the scenario started). */
      z.object({ kind: z.literal('at'), atMs: z.number().int().min(0) }).strict(),
      /** The first time a screen shows. */
      z.object({ kind: z.literal('on-screen'), screen: z.enum(SCREEN_IDS) }).strict(),
      /** Listed for a trainer (or the script) to fire. */
      z.object({ kind: z.literal('manual') }).strict(),
    ]),
    effect: faultSchema,
  })
  .strict();
export type ScenarioFault = z.infer<typeof scenarioFaultSchema>;

import { z } from 'zod';
import { TPM_FAULTS } from './scenario/hardware';
import { serviceEndpointSchema } from './scenario/network';

/** Faults a trainer (or a scenario) can fire at the running device; each maps to a documented effect. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('network.cable'), connected: z.boolean() }),
  z.object({ kind: z.literal('network.internet'), available: z.boolean() }),
  z.object({ kind: z.literal('network.endpoint'), endpoint: serviceEndpointSchema, reachable: z.boolean() }),
  z.object({ kind: z.literal('clock.drift'), driftMs: z.number().int() }),
  z.object({ kind: z.literal('tpm.fault'), fault: z.enum(TPM_FAULTS) }),
]);
export type Fault = z.infer<typeof faultSchema>;

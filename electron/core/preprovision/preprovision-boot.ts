import type { Ctx } from '../context';
import { resumeTechnician } from './technician';
import { beginUserFlow } from './user-flow';

/**
 * At the end of a boot: the technician flow resumes where it was (true = handled); the first boot
 * after Reseal starts the user flow and lets OOBE run its pages (false).
 */
export function onPreprovisionBoot(ctx: Ctx): boolean {
  const pp = ctx.state.preprovision;
  if (pp.stage === 'technician') return resumeTechnician(ctx);
  if (pp.stage === 'resealed') beginUserFlow(ctx);
  return false;
}

import type { Ctx } from './context';
import { DEVICE_PREP_OWNER } from './device-prep/dp-owner';
import { ESP_OWNER } from './esp/esp-owner';
import { TASK_SEQUENCE_OWNER } from './existing-device/task-sequence';
import { PPKG_OWNER } from './oobe/provisioning-package/ppkg-install';
import { RESET_OWNER } from './reset/reset-run';
import { DEVICE_TOKEN_JOIN_OWNER } from './self-deploying/device-token-join';
import type { PlanOwners } from './plan/plan-owner';
import { COMGMT_PLAN_OWNERS } from './comgmt/comgmt-owner';

/**
 * Every plan owner by the name its plans carry (plan.owner): the runner looks a run's owner up here
 * through ctx.hooks.planOwners, so the device's state names owners and holds no functions.
 */
export const PLAN_OWNERS: PlanOwners<Ctx> = {
  esp: ESP_OWNER,
  'device-prep': DEVICE_PREP_OWNER,
  'task-sequence': TASK_SEQUENCE_OWNER,
  'provisioning-package': PPKG_OWNER,
  'autopilot-reset': RESET_OWNER,
  'device-token-join': DEVICE_TOKEN_JOIN_OWNER,
  ...COMGMT_PLAN_OWNERS,
};

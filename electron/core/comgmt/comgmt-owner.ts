import { timeline, type Ctx } from '../context';
import { failWork, finishExternalWork } from '../esp/esp-engine';
import { espHooksFor } from '../esp/esp-hooks';
import { callService } from '../network/cloud-link';
import type { PlanOwner, PlanOwners } from '../plan/plan-owner';
import type { PlanBlock, PlanRun, PlanStep } from '../plan/plan-types';
import { capabilitiesOf } from './capabilities';
import { CCMSETUP_PLAN, CCMSETUP_STEPS } from './ccmsetup-plan';
import { CCMSETUP_LOG, CLIENT_ID_LOG, COMANAGEMENT_LOG, SMSTS_LOG, writeClientLog } from './cmtrace';
import { parseClientCommandLine } from './command-line';
import { writeCapabilities, writeProviderState, writeTaskSequenceState } from './comgmt-registry';
import { comgmtOf, CONFIGMGR_WORK, logAppsSubcategoryFailed, PROVISIONING_TS_WORK } from './comgmt-esp';
import { PROVISIONTS_PLAN } from './provisionts-plan';

/** ccmsetup's "failed" return (6 = Error, external-diagnostics.md §5.3) as the log's last line reports it. */
const CCMSETUP_ERROR_CODE = 6;

function siteCodeOf(ctx: Ctx): string {
  return parseClientCommandLine(comgmtOf(ctx).policy?.commandLine ?? '').siteCode ?? '';
}

/**
 * What holds CCMSetup beyond its routes: co-management is not supported with hybrid join (000:97:
 * provisioning times out in the ESP), and each service answer the step needs, asked once.
 */
function ccmsetupBlocker(ctx: Ctx, _run: PlanRun, step: PlanStep): PlanBlock | null {
  const comgmt = comgmtOf(ctx);
  if (step.id === CCMSETUP_STEPS.msi && ctx.state.setup.policies.deploymentProfile?.joinType === 'hybrid') {
    return { kind: 'wait', reason: 'the co-management policy is not supported on a hybrid-joined device' };
  }
  if (step.id === CCMSETUP_STEPS.content && !comgmt.content) {
    const answer = callService(ctx, { op: 'cmg.client-content', siteCode: siteCodeOf(ctx) });
    if (answer.kind !== 'content')
      return { kind: 'wait', reason: 'the cloud management gateway does not know the site' };
    // A trainer's slowed CMG (fault configmgr.cmg) holds for this device over the site's speed.
    const mbps = comgmt.cmgMbps ?? answer.mbps;
    comgmt.content = { sizeMb: answer.sizeMb, mbps };
    // The download takes what the CMG's content and speed make it: set before the step's timer starts.
    _run.stepMs = Math.ceil(((answer.sizeMb * 8) / mbps) * 1000);
  }
  if (step.id === CCMSETUP_STEPS.register && !comgmt.clientId) {
    const answer = callService(ctx, { op: 'cmg.register', siteCode: siteCodeOf(ctx) });
    if (answer.kind === 'refused') return { kind: 'wait', reason: answer.reason };
    if (answer.kind !== 'registered') return { kind: 'wait', reason: 'the site did not answer the registration' };
    comgmt.clientId = answer.clientId;
  }
  if (step.id === CCMSETUP_STEPS.policy && !comgmt.site) {
    const answer = callService(ctx, { op: 'cmg.policy', siteCode: siteCodeOf(ctx) });
    if (answer.kind !== 'policy') return { kind: 'wait', reason: 'the site sent no policy' };
    comgmt.site = answer.site;
  }
  return null;
}

const ccmsetupOwner: PlanOwner<Ctx> = {
  blocker: ccmsetupBlocker,
  started(ctx, _run, step) {
    const comgmt = comgmtOf(ctx);
    const cmd = parseClientCommandLine(comgmt.policy?.commandLine ?? '');
    if (step.id === CCMSETUP_STEPS.run) {
      writeClientLog(
        ctx,
        CCMSETUP_LOG,
        'ccmsetup',
        `Command line: "C:\\WINDOWS\\ccmsetup\\ccmsetup.exe" ${comgmt.policy?.commandLine ?? ''}`.trimEnd(),
      );
    }
    if (step.id === CCMSETUP_STEPS.content) {
      writeClientLog(ctx, CCMSETUP_LOG, 'ccmsetup', `Downloading client content from https://${cmd.ccmHostName ?? ''}`);
    }
    if (step.id === CCMSETUP_STEPS.register) {
      writeClientLog(ctx, CLIENT_ID_LOG, 'ClientIDManagerStartup', 'Registering client using AAD auth.');
    }
  },
  stepDone(ctx, _run, step) {
    const comgmt = comgmtOf(ctx);
    if (step.id === CCMSETUP_STEPS.install) {
      comgmt.clientInstalled = true;
      writeClientLog(ctx, CCMSETUP_LOG, 'ccmsetup', 'CcmSetup is exiting with return code 0');
    }
    if (step.id === CCMSETUP_STEPS.register) {
      writeClientLog(
        ctx,
        CLIENT_ID_LOG,
        'ClientIDManagerStartup',
        `[RegTask] - Client is registered. Server assigned ClientID is ${comgmt.clientId ?? ''}. Approval status 3`,
      );
    }
  },
  failed(ctx, _run, _step, code) {
    writeProviderState(ctx, 4);
    writeClientLog(ctx, CCMSETUP_LOG, 'ccmsetup', `CcmSetup failed with error code ${code}`, 3);
    timeline(ctx, 'cloud', `CCMSetup returned ${CCMSETUP_ERROR_CODE}`);
    failWork(ctx, code);
  },
  done(ctx) {
    const comgmt = comgmtOf(ctx);
    const allOnIntune = comgmt.authority === 'intune';
    comgmt.capabilities = capabilitiesOf(comgmt.site, allOnIntune);
    writeCapabilities(ctx, comgmt.capabilities);
    const log = (m: string) => writeClientLog(ctx, COMANAGEMENT_LOG, 'CoManagementHandler', m);
    log(`Merged value for 'CoManagementSettings_AutoEnroll' is 'True'`);
    log(`Merged value for 'CoManagementSettings_Capabilities' is '${comgmt.capabilities}'`);
    log(`New merged workloadflags value with co-management max capabilities '4095' is '${comgmt.capabilities}'`);
    writeProviderState(ctx, 3);
    finishExternalWork(ctx, CONFIGMGR_WORK);
  },
};

const provisionTsOwner: PlanOwner<Ctx> = {
  started(ctx, run, step) {
    writeClientLog(
      ctx,
      SMSTS_LOG,
      'TSManager',
      `Start executing an instruction. Instruction name: ${step.name}. Instruction pointer: ${run.index}`,
    );
  },
  stepDone(ctx, run, step) {
    writeClientLog(ctx, SMSTS_LOG, 'TSManager', `Process completed with exit code 0`);
    const ts = comgmtOf(ctx).site?.taskSequences.find((t) => run.plan.label?.includes(t.deploymentId));
    const index = Number(step.id.replace('step-', '')) - 1;
    if (!ts?.steps[index]?.restartAfter || run.index >= run.plan.steps.length) return;
    // "Restart Computer": the device restarts and the ESP comes back to the task sequence (000:57).
    writeClientLog(ctx, SMSTS_LOG, 'TSManager', 'The task sequence execution engine is restarting the computer');
    timeline(ctx, 'power', `${step.name} restarts the device`);
    ctx.state.account.credentialsCached = false;
    espHooksFor(ctx.state).restart(ctx);
    return 'stop';
  },
  failed(ctx, _run, step, code) {
    writeClientLog(ctx, SMSTS_LOG, 'TSManager', `Failed to run the action: ${step?.name ?? ''}. Error ${code}`, 3);
    writeTaskSequenceState(ctx, 4);
    logAppsSubcategoryFailed(ctx);
    failWork(ctx, code);
  },
  done(ctx) {
    writeClientLog(ctx, SMSTS_LOG, 'TSManager', 'Task sequence completed 0x00000000');
    writeTaskSequenceState(ctx, 3);
    finishExternalWork(ctx, PROVISIONING_TS_WORK);
  },
};

/** The co-management plans' owners, registered in device.ts. */
export const COMGMT_PLAN_OWNERS: PlanOwners<Ctx> = {
  [CCMSETUP_PLAN]: ccmsetupOwner,
  [PROVISIONTS_PLAN]: provisionTsOwner,
};

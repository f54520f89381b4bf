import { configMgrClientOf, mdmEnrolledOf } from './comgmt/comgmt-view';
import { SERVICE_ENDPOINTS } from '../../shared/device-setup';
import type { DiagnosticsSectionView, ScreenView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { oobeConfigBits } from './network/autopilot-client';
import { isHybrid, signedInUser } from './enrollment/users';
import { categoryView } from './esp/esp-view';
import { canReach } from './network/connectivity';
import { diagnosticsLink, errorButtons, offersContinueWhileRunning } from './oobe/pages/esp-pages';
import { PRIVACY_SETTINGS } from './oobe/pages/privacy-page';
import type { DeviceState, PageState } from './state';
import type { EspWork } from './esp/esp-state';

const D = ENROLLMENT_STRINGS.diagnostics;

type EnrollmentPage = Extract<
  PageState,
  {
    id:
      | 'password'
      | 'mfa'
      | 'something-went-wrong'
      | 'esp'
      | 'esp-error'
      | 'autopilot-diagnostics'
      | 'privacy'
      | 'signon'
      | 'stay-signed-in'
      | 'all-set'
      | 'desktop';
  }
>;

/**
 * One row per policy or app, as the diagnostics page lists them: a policy tracked in both phases
 * (EntDMID in Device setup and Account setup) shows once, with the state of its latest run — the
 * Account setup one once it has started, else the Device setup one (issue 18 point 4).
 */
function latestPerPolicy(works: EspWork[]): EspWork[] {
  const byRef = new Map<string, EspWork>();
  for (const w of works) {
    const seen = byRef.get(w.ref);
    if (!seen || w.state !== 'waiting') byRef.set(w.ref, w);
  }
  return [...byRef.values()];
}

function diagnosticsSections(state: DeviceState): DiagnosticsSectionView[] {
  const esp = state.esp;
  const profile = state.setup.policies.deploymentProfile;
  const works = latestPerPolicy(
    esp?.categories.flatMap((c) => c.items.flatMap((i) => i.works.filter((w) => w.ref !== 'ime' && w.ref !== 'odj'))) ??
      [],
  );
  const failedEsp = !!esp?.failure;
  return [
    {
      id: 'network-connectivity',
      title: D.networkConnectivity,
      status: SERVICE_ENDPOINTS.every((e) => canReach(state, e)) ? 'complete' : 'error',
      rows: SERVICE_ENDPOINTS.map((e) => ({ name: e, value: canReach(state, e) ? 'Reachable' : 'Not reachable' })),
    },
    {
      id: 'autopilot-settings',
      title: D.autopilotSettings,
      status: 'complete',
      rows: [
        { name: 'Profile', value: profile?.name ?? '—' },
        { name: 'Tenant domain', value: state.setup.tenant.domains[0] ?? '' },
        { name: 'Deployment mode', value: profile?.deploymentMode ?? '—' },
        {
          name: 'Join type',
          value: profile?.joinType === 'hybrid' ? 'Microsoft Entra hybrid joined' : 'Microsoft Entra joined',
        },
        { name: 'CloudAssignedOobeConfig', value: profile ? String(oobeConfigBits(profile)) : '—' },
      ],
    },
    {
      id: 'enrollment-status',
      title: D.enrollmentStatus,
      status: failedEsp ? 'error' : esp?.running ? 'working' : 'complete',
      rows: (esp?.categories ?? []).map((c) => ({
        name: ENROLLMENT_STRINGS.esp.categories[c.id],
        value: categoryView(c).statusText,
      })),
    },
    {
      id: 'apps-and-policies',
      title: D.appsAndPolicies,
      status: works.some((w) => w.state === 'failed')
        ? 'error'
        : works.some((w) => w.state !== 'done')
          ? 'working'
          : 'complete',
      rows: works.map((w) => ({
        name: w.name,
        value:
          w.state === 'done' ? D.complete : w.state === 'failed' ? `${D.error} ${w.errorCode ?? ''}`.trim() : D.working,
      })),
    },
  ];
}

/** Views of the sign-in, ESP and desktop screens. */
export function enrollmentScreenView(state: DeviceState, page: EnrollmentPage): ScreenView {
  const { tenant } = state.setup;
  const user = signedInUser(state);
  const logo = tenant.branding.configured ? (tenant.branding.logo ?? null) : null;
  const detailsStyle = state.setup.windows.version === '11' ? 'chevron' : 'text';
  const categories = state.esp?.categories.map(categoryView) ?? [];
  switch (page.id) {
    case 'password':
      return {
        id: 'password',
        username: state.account.upn ?? '',
        organizationName: tenant.name,
        logo,
        submitLabel: state.setup.windows.version === '11' ? 'Sign in' : 'Next',
        error: page.error,
        busy: page.busy,
      };
    case 'mfa':
      return {
        id: 'mfa',
        username: state.account.upn ?? '',
        phoneHint: '+X XXXXXXXX12',
        error: page.error,
        busy: page.busy,
      };
    case 'something-went-wrong':
      return { id: 'something-went-wrong', message: page.message, code: page.code, canTryAgain: true };
    case 'esp':
      return {
        id: 'esp',
        categories,
        detailsStyle,
        continueAnyway: state.esp ? offersContinueWhileRunning(state, state.esp) : false,
        signOut: state.esp?.awaitingSignOut ?? false,
      };
    case 'esp-error':
      return {
        id: 'esp-error',
        categories,
        detailsStyle,
        message: state.setup.policies.enrollmentStatusPage?.customMessage ?? ENROLLMENT_STRINGS.esp.defaultError,
        code: state.esp?.failure?.code ?? '',
        buttons: errorButtons(state),
        diagnostics: diagnosticsLink(state),
        logsWrittenTo: state.esp?.logsWrittenTo ?? null,
      };
    case 'autopilot-diagnostics':
      return {
        id: 'autopilot-diagnostics',
        sections: diagnosticsSections(state),
        expanded: page.expanded,
        export: { state: page.exportState, message: page.exportMessage },
      };
    case 'privacy':
      return {
        id: 'privacy',
        atEnd: page.atEnd,
        settings: PRIVACY_SETTINGS.map((s) => ({
          id: s.id,
          heading: s.heading,
          choices: [...s.choices],
          choice: page.choices[s.id] ?? s.choices[0]!,
          description: '',
        })),
      };
    case 'signon':
      return {
        id: 'signon',
        stage: page.stage,
        domain: isHybrid(state) ? (tenant.activeDirectory?.netbiosName ?? '') : '',
        username: page.username,
        error: page.error,
      };
    case 'stay-signed-in':
      return { id: 'stay-signed-in', allowManage: page.allowManage };
    case 'all-set':
      return { id: 'all-set' };
    case 'desktop': {
      const joinType = !state.account.joined
        ? 'Workgroup'
        : isHybrid(state) || state.account.domainJoined
          ? 'Microsoft Entra hybrid joined'
          : 'Microsoft Entra joined';
      // An existing co-managed client may have an on-premises user or the local administrator signed on (002:101-102).
      const otherLogon = user ? null : (state.comgmt?.autoEnroll?.loggedOnUser ?? null);
      const accountName = user?.upn ?? otherLogon;
      return {
        id: 'desktop',
        computerName: state.computerName,
        joinType,
        userDisplayName: user?.displayName ?? user?.upn ?? otherLogon ?? '',
        userPrincipalName: user?.upn ?? '',
        window: page.window,
        workAccount:
          accountName && joinType !== 'Workgroup'
            ? {
                upn: accountName,
                organizationName: tenant.name,
                joinType,
                managedBy: 'Microsoft Intune',
                mdmEnrolled: mdmEnrolledOf(state),
              }
            : null,
        provisioningIncomplete: state.account.continuedPastEsp,
        ...configMgrClientOf(state),
      };
    }
  }
}

/**
 * The settings each tenant-panel form edits, by the admin center's labels, and how a field's text
 * becomes the value `tenant.change` carries. Hand-written (not read from the zod schemas) so the
 * renderer's bundle stays free of zod; the host validates every value again (shared/tenant-commands.ts).
 */
export type SettingField =
  | { key: string; label: string; type: 'boolean' }
  | { key: string; label: string; type: 'choice'; choices: readonly (readonly [value: string, label: string])[] }
  | { key: string; label: string; type: 'number' }
  | { key: string; label: string; type: 'text' }
  /** A comma-separated list of ids. */
  | { key: string; label: string; type: 'list' };

const showHide = [
  ['show', 'Show'],
  ['hide', 'Hide'],
] as const;

/** Autopilot deployment profile (shared/scenario/policies.ts deploymentProfileSchema; user-driven.md §6.1). */
export const PROFILE_FIELDS: SettingField[] = [
  { key: 'name', label: 'Name', type: 'text' },
  {
    key: 'deploymentMode',
    label: 'Deployment mode',
    type: 'choice',
    choices: [
      ['user-driven', 'User-Driven'],
      ['self-deploying', 'Self-Deploying'],
    ],
  },
  {
    key: 'joinType',
    label: 'Join to Microsoft Entra ID as',
    type: 'choice',
    choices: [
      ['entra', 'Microsoft Entra joined'],
      ['hybrid', 'Microsoft Entra hybrid joined'],
    ],
  },
  { key: 'skipAdConnectivityCheck', label: 'Skip AD connectivity check', type: 'boolean' },
  { key: 'licenseTerms', label: 'Microsoft Software License Terms', type: 'choice', choices: showHide },
  { key: 'privacySettings', label: 'Privacy settings', type: 'choice', choices: showHide },
  { key: 'hideChangeAccountOptions', label: 'Hide change account options', type: 'choice', choices: showHide },
  {
    key: 'userAccountType',
    label: 'User account type',
    type: 'choice',
    choices: [
      ['administrator', 'Administrator'],
      ['standard', 'Standard'],
    ],
  },
  { key: 'allowPreProvisionedDeployment', label: 'Allow pre-provisioned deployment', type: 'boolean' },
  { key: 'language', label: 'Language (Region) (os-default or a tag)', type: 'text' },
  { key: 'automaticallyConfigureKeyboard', label: 'Automatically configure keyboard', type: 'boolean' },
  { key: 'deviceNameTemplate', label: 'Apply device name template', type: 'text' },
  { key: 'convertAllTargetedDevices', label: 'Convert all targeted devices to Autopilot', type: 'boolean' },
];

/** Enrollment Status Page (espProfileSchema; esp.md §3). */
export const ESP_FIELDS: SettingField[] = [
  { key: 'showProgress', label: 'Show app and profile configuration progress', type: 'boolean' },
  {
    key: 'timeoutMinutes',
    label: 'Show an error when installation takes longer than specified number of minutes',
    type: 'number',
  },
  { key: 'customMessage', label: 'Show custom message when time limit or error occur', type: 'text' },
  { key: 'logCollection', label: 'Turn on log collection and diagnostics page for end users', type: 'boolean' },
  {
    key: 'onlyShowForOobe',
    label: 'Only show page to devices provisioned by out-of-box experience (OOBE)',
    type: 'boolean',
  },
  { key: 'blockDeviceUse', label: 'Block device use until all apps and profiles are installed', type: 'boolean' },
  { key: 'allowReset', label: 'Allow users to reset device if installation error occurs', type: 'boolean' },
  { key: 'allowUseOnError', label: 'Allow users to use device if installation error occurs', type: 'boolean' },
  {
    key: 'blockingApps',
    label: 'Block device use until these required apps are installed (all, or app ids)',
    type: 'list',
  },
  {
    key: 'onlyFailSelectedAppsInTechnicianPhase',
    label: 'Only fail selected blocking apps in technician phase',
    type: 'boolean',
  },
];

/** Device preparation policy (devicePreparationPolicySchema; device-preparation.md §2). */
export const DEVICE_PREPARATION_FIELDS: SettingField[] = [
  { key: 'deviceGroup', label: 'Device group', type: 'text' },
  { key: 'userGroup', label: 'Assignments (user group)', type: 'text' },
  { key: 'timeoutMinutes', label: 'Minutes allowed before showing installation error', type: 'number' },
  { key: 'customErrorMessage', label: 'Custom error message', type: 'text' },
  { key: 'allowSkip', label: 'Allow users to skip setup after multiple attempts', type: 'boolean' },
  { key: 'showDiagnosticsLink', label: 'Show link to diagnostics', type: 'boolean' },
  {
    key: 'userAccountType',
    label: 'User account type',
    type: 'choice',
    choices: [
      ['standard', 'Standard User'],
      ['administrator', 'Administrator'],
    ],
  },
  { key: 'apps', label: 'Allowed applications (ids)', type: 'list' },
  { key: 'scripts', label: 'Allowed scripts (ids)', type: 'list' },
  { key: 'priority', label: 'Priority', type: 'number' },
];

/** Co-management settings (coManagementPolicySchema; device-model.md §12.1). */
export const COMANAGEMENT_FIELDS: SettingField[] = [
  {
    key: 'autoInstallConfigMgrClient',
    label: 'Automatically install the Configuration Manager client',
    type: 'boolean',
  },
  { key: 'commandLine', label: 'Command line arguments to install Configuration Manager client', type: 'text' },
  {
    key: 'overrideUseIntuneForAllWorkloads',
    label: 'Override co-management policy and use Intune for all workloads',
    type: 'boolean',
  },
  { key: 'priority', label: 'Priority', type: 'number' },
];

/** The value a field's text stands for; undefined when the field is left as it is. */
export function fieldValue(field: SettingField, text: string): unknown {
  if (text === '') return undefined;
  switch (field.type) {
    case 'boolean':
      return text === 'yes';
    case 'number':
      return Number(text);
    case 'list': {
      const items = text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      // The ESP's blocking apps: "all", or the selected ones.
      if (field.key === 'blockingApps') return items.length === 1 && items[0] === 'all' ? 'all' : { selected: items };
      return items;
    }
    default:
      return text;
  }
}

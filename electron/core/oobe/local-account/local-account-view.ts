import type { LocalAccountView } from '../../../../shared/views/local-account-view';
import type { LocalAccountPage } from './local-account-state';

export function localAccountView(page: LocalAccountPage): LocalAccountView {
  return { id: 'local-account', stage: page.stage, name: page.name, error: page.error };
}

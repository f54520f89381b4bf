import type { ScreenViewOf, UpdatesStatus } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeFrame } from '../frame/oobe-frame';
import { ProgressPage } from '../frame/progress-ring';
import { UpdatesArt } from '../illustrations/updates-art';

const S = OOBE_STRINGS.updates;

/** The status line Windows shows for each phase of the zero-day update check (oobe-ui.md §8). */
export function updatesText(status: UpdatesStatus): string {
  switch (status.phase) {
    case 'scanning':
      return S.scanning;
    case 'downloading':
      return S.downloading;
    case 'loop':
      return S.loop[status.index % S.loop.length] ?? S.loop[0];
    case 'finished':
      return S.finished;
    case 'finished-reboot':
      return S.finishedReboot;
    case 'finished-final':
      return S.finishedFinal;
  }
}

/** "Checking for updates": ring + status line, no buttons. */
export function UpdatesScreen({ view }: { view: ScreenViewOf<'updates'> }) {
  return (
    <OobeFrame screen="updates" illustration={<UpdatesArt />}>
      <ProgressPage status={updatesText(view.status)} />
    </OobeFrame>
  );
}

import { Accessibility24Regular, Keyboard24Regular, Speaker224Regular } from '@fluentui/react-icons';
import { OOBE_STRINGS } from '../../shared/strings';

const BUTTONS = [
  { name: OOBE_STRINGS.footer.input, Icon: Keyboard24Regular },
  { name: OOBE_STRINGS.footer.volume, Icon: Speaker224Regular },
  { name: OOBE_STRINGS.footer.accessibility, Icon: Accessibility24Regular },
] as const;

/**
 * The 48 px strip under the card with the system buttons (oobe-ui.md §1). The simulated device
 * has no sound or accessibility tools, so the buttons are there for fidelity and do nothing.
 */
export function OobeFooter() {
  return (
    <div className="oobe-footer" role="toolbar" aria-label="System">
      {BUTTONS.map(({ name, Icon }) => (
        <button key={name} type="button" className="oobe-footer__button" aria-label={name} title={name}>
          <Icon aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}

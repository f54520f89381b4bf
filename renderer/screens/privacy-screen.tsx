import {
  DataHistogram24Regular,
  Info24Regular,
  Lightbulb24Regular,
  Location24Regular,
  Megaphone24Regular,
  Pen24Regular,
  Search24Regular,
} from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import type { PrivacySettingView, ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { PrivacyArt } from '../illustrations/privacy-art';
import { useCommands } from '../state/commands';
import './privacy.css';

const P = ENROLLMENT_STRINGS.privacy;

const GLYPHS: Record<string, typeof Info24Regular> = {
  location: Location24Regular,
  'find-my-device': Search24Regular,
  'diagnostic-data': DataHistogram24Regular,
  'inking-typing': Pen24Regular,
  'tailored-experiences': Lightbulb24Regular,
  'personalized-offers': Megaphone24Regular,
};

/**
 * A choice (radio, checkbox) that lives on the device: shown as chosen at once, then following the
 * device whenever its value changes. Without this a controlled input would snap back until the
 * device's snapshot arrives.
 */
export function useDeviceChoice<T>(deviceValue: T) {
  const [value, setValue] = useState(deviceValue);
  const [seen, setSeen] = useState(deviceValue);
  if (deviceValue !== seen) {
    setSeen(deviceValue);
    setValue(deviceValue);
  }
  return [value, setValue] as const;
}

/** The sub-header with "Accept" in bold, as Windows sets it (oobe-ui.md §21). */
function Subtitle() {
  const at = P.subtitle.indexOf(P.accept);
  if (at < 0) return <>{P.subtitle}</>;
  return (
    <>
      {P.subtitle.slice(0, at)}
      <strong>{P.accept}</strong>
      {P.subtitle.slice(at + P.accept.length)}
    </>
  );
}

/** One setting: glyph, heading, and its two choices as a radio group; each choice goes to the device. */
function Setting({ setting }: { setting: PrivacySettingView }) {
  const { select } = useCommands();
  const headingId = useId();
  const [chosen, setChosen] = useDeviceChoice(setting.choice);
  const Glyph = GLYPHS[setting.id] ?? Info24Regular;
  return (
    <li className="privacy-setting">
      <Glyph className="privacy-setting__glyph" aria-hidden="true" />
      <div className="privacy-setting__body">
        <h2 id={headingId} className="privacy-setting__heading">
          {setting.heading}
        </h2>
        <div className="privacy-setting__choices" role="radiogroup" aria-labelledby={headingId}>
          {setting.choices.map((choice) => (
            <label key={choice} className="privacy-choice">
              <input
                type="radio"
                className="privacy-choice__input"
                name={setting.id}
                value={choice}
                checked={chosen === choice}
                onChange={() => {
                  setChosen(choice);
                  select(setting.id, choice);
                }}
              />
              <span>{choice}</span>
            </label>
          ))}
        </div>
        {setting.description ? <p className="privacy-setting__description">{setting.description}</p> : null}
      </div>
    </li>
  );
}

/** "Learn more" opens Microsoft's privacy statement on a real device; the simulated one has no browser. */
function LearnMore() {
  const onClick = (event: MouseEvent) => event.preventDefault();
  return (
    <a href="#" className="oobe-link" onClick={onClick}>
      {P.learnMore}
    </a>
  );
}

/**
 * "Choose privacy settings for your device" (oobe-ui.md §21): a scrolling list of settings;
 * "Next" takes the list to its end, where the button becomes "Accept".
 */
export function PrivacyScreen({ view }: { view: ScreenViewOf<'privacy'> }) {
  const listRef = useRef<HTMLUListElement>(null);

  // The device says when "Next" reached the end of the list; the list follows.
  useEffect(() => {
    const list = listRef.current;
    if (view.atEnd && list) list.scrollTop = list.scrollHeight;
  }, [view.atEnd]);

  const button = view.atEnd ? (
    <OobeButton control="accept" label={P.accept} primary />
  ) : (
    <OobeButton control="next" label={P.next} accessibleName={P.nextAccessibleName} primary />
  );
  return (
    <OobeFrame screen="privacy" illustration={<PrivacyArt />}>
      <OobePage title={P.title} subtitle={<Subtitle />} buttons={button} links={<LearnMore />}>
        <ul ref={listRef} className="oobe-scroll-column privacy-list" tabIndex={0} aria-label={P.title}>
          {view.settings.map((setting) => (
            <Setting key={setting.id} setting={setting} />
          ))}
        </ul>
      </OobePage>
    </OobeFrame>
  );
}

import type { RecordedInput } from './recording';

/*
 * A guide step's generated caption, shared by `oobe-sim record` (labels read from the page in
 * Chromium) and the app's replay bar (labels read from the device screen on show), so the
 * caption a person edits in the app is the one the guide would print.
 */

/** What the renderer showed for an input's control: its on-screen label, and whether it hides what is typed. */
export interface ControlLabel {
  label: string | null;
  secret?: boolean;
}

const KEY_NAMES: Record<string, string> = { Meta: 'Windows key', Win: 'Windows key' };

/**
 * A guide step's caption from its inputs, in the words Microsoft's docs use: "Select
 * **Pre-provision with Windows Autopilot**, then **Next**". Labels come from the rendered control;
 * without one, the control id stands in.
 */
export function captionFor(inputs: readonly { input: RecordedInput; label: ControlLabel }[]): string {
  const phrases: string[] = [];
  for (let i = 0; i < inputs.length; i += 1) {
    const { input, label } = inputs[i]!;
    if ('key' in input) {
      let count = 1;
      while (i + 1 < inputs.length && (inputs[i + 1]!.input as { key?: string }).key === input.key) {
        count += 1;
        i += 1;
      }
      const key = input.key
        .split('+')
        .map((part) => KEY_NAMES[part] ?? part)
        .join('+');
      phrases.push(`Press **${key}**${count > 1 ? ` ${count} times` : ''}`);
    } else phrases.push(phraseFor(input, label));
  }
  return phrases.map((phrase, index) => (index === 0 ? phrase : `then ${phrase.replace(/^Select /, '')}`)).join(', ');
}

function phraseFor(input: RecordedInput, { label, secret }: ControlLabel): string {
  if ('click' in input) return `Select **${label ?? input.click}**`;
  if ('select' in input) return `Select **${label ?? input.select.item}**`;
  if ('type' in input) {
    if (secret) return label && /^Enter /.test(label) ? label : `Enter the password${label ? ` in **${label}**` : ''}`;
    return `Enter **${input.type.text}**${label ? ` in **${label}**` : ''}`;
  }
  if ('power' in input)
    return {
      on: 'Press the power button',
      restart: 'Restart the device',
      shutdown: 'Shut the device down',
      'factory-reset': 'Reset the device to factory settings',
    }[input.power];
  if ('shell' in input) return `In the command prompt (Shift+F10), run \`${input.shell}\``;
  if ('fault' in input) return 'The trainer injects a fault';
  if ('arm' in input) return 'The trainer arms a fault for later';
  if ('disarm' in input) return 'The trainer takes back an armed fault';
  return 'Wait';
}

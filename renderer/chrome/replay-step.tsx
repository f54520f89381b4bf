import { useEffect, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReplayStatus } from '../../shared/contract';
import { captionFor } from '../../shared/recording-captions';
import { useCommands } from '../state/commands';
import { download } from './download';
import { controlOf, labelOf } from './replay-step-controls';

type ReplayScreen = ReplayStatus['screens'][number];
type StepInputs = NonNullable<ReplayScreen['step']>['inputs'];

/**
 * The guide step of the screen on show: its caption (pre-filled with the one `oobe-sim record`
 * generates from the action, editable), an optional note, and a highlight around each control the
 * person used. "Save" keeps both in the recording (`replay.annotate`, by the step's virtual time);
 * "Save recording" downloads it for `oobe-sim record`, whose guide and video then show them.
 */
export function ReplayStep({
  screen,
  replay,
  onSaved,
}: {
  screen: ReplayScreen;
  replay: ReplayStatus;
  onSaved: (status: ReplayStatus) => void;
}) {
  const { run } = useCommands();
  const step = screen.step ?? { atMs: screen.atMs, inputs: [] };
  const generated = useGeneratedCaption(step.inputs, replay.position);
  const savedCaption = replay.captions?.find((c) => c.atMs === step.atMs)?.caption ?? '';
  const savedNote = replay.notes?.find((n) => n.atMs === step.atMs)?.note ?? '';
  const [caption, setCaption] = useState<string | null>(null);
  const [note, setNote] = useState(savedNote);
  // What the field shows: the person's edit, else the saved caption, else the generated one.
  const shown = caption ?? (savedCaption || generated);
  const captionChanged = caption !== null && caption !== (savedCaption || generated);
  const save = async () => {
    // A caption equal to the generated one is no edit: the annotation is cleared instead.
    const edited = captionChanged ? (caption === generated ? '' : caption) : undefined;
    const status = await run('replay.annotate', {
      atMs: step.atMs,
      note,
      ...(edited !== undefined ? { caption: edited } : {}),
    });
    if (status) {
      setCaption(null);
      onSaved(status);
    }
  };
  return (
    <div className="replay-note">
      <input
        type="text"
        className="chrome-input replay-note__caption"
        aria-label="Caption for this step"
        placeholder="Caption for this step"
        value={shown}
        maxLength={2000}
        onChange={(e) => setCaption(e.target.value)}
      />
      <input
        type="text"
        className="chrome-input"
        aria-label="Note for this step"
        placeholder="Note for this step"
        value={note}
        maxLength={8000}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="button"
        className="chrome-button"
        disabled={!captionChanged && note === savedNote}
        onClick={() => void save()}
      >
        Save step
      </button>
      <button
        type="button"
        className="chrome-button"
        onClick={() =>
          void run('replay.save', {}).then((file) => {
            if (file) download(file.fileName, file.text);
          })
        }
      >
        Save recording
      </button>
      <ControlHighlights inputs={step.inputs} position={replay.position} />
    </div>
  );
}

/** The caption the guide would print for these inputs, from the controls' labels on screen. */
function useGeneratedCaption(inputs: StepInputs, position: number): string {
  const [caption, setCaption] = useState('');
  useEffect(() => {
    // The device's snapshot arrives over the transport: a frame later its controls are drawn.
    const frame = requestAnimationFrame(() =>
      setCaption(inputs.length ? captionFor(inputs.map((input) => ({ input, label: labelOf(controlOf(input)) }))) : ''),
    );
    return () => cancelAnimationFrame(frame);
  }, [inputs, position]);
  return caption;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A ring around each control the step uses, over the device screen (as in the exported pictures). */
function ControlHighlights({ inputs, position }: { inputs: StepInputs; position: number }) {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useLayoutEffect(() => {
    const measure = () => {
      const found = inputs.flatMap((input) => {
        const el = controlOf(input);
        if (!el) return [];
        const r = el.getBoundingClientRect();
        return [{ left: r.left, top: r.top, width: r.width, height: r.height }];
      });
      setBoxes((old) => (JSON.stringify(old) === JSON.stringify(found) ? old : found));
    };
    // After the snapshot is drawn (two frames), and again whenever the window (so the screen) resizes.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(measure)));
    const settled = setTimeout(measure, 300);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settled);
      window.removeEventListener('resize', measure);
    };
  }, [inputs, position]);
  if (boxes.length === 0) return null;
  return createPortal(
    <div className="replay-highlights" aria-hidden="true">
      {boxes.map((b, i) => (
        <div
          key={i}
          className="replay-highlights__box"
          style={{ left: b.left - 4, top: b.top - 4, width: b.width + 8, height: b.height + 8 }}
        />
      ))}
    </div>,
    document.body,
  );
}

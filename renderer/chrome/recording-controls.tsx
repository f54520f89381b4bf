import { Next20Regular, Pause20Regular, Play20Regular, Previous20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ReplayStatus } from '../../shared/contract';
import { useCommands } from '../state/commands';
import { download } from './download';
import { formatClock } from './format';
import { ReplayStep } from './replay-step';
import { ScreenThumbnail } from './screen-thumbnail';

/** A thumbnail's width in CSS pixels (the display is 1280×800, so 96×60). */
const THUMBNAIL_WIDTH = 96;

const SPEEDS = [1, 2, 4, 8] as const;

/**
 * Record a walkthrough (the scenario starts over; Stop saves the recording file) and replay one:
 * play/pause, speed, previous/next screen and a timeline of the recorded screens, each a thumbnail,
 * to seek on. The replay is the device itself, rebuilt at each position, so what shows is what was
 * recorded.
 */
export function RecordingControls() {
  const { run, tryRun } = useCommands();
  const [recording, setRecording] = useState(false);
  const [replay, setReplay] = useState<ReplayStatus | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const fileRef = useRef<HTMLInputElement>(null);

  const seek = async (position: number) => {
    const status = await run('replay.seek', { position });
    if (status) setReplay(status);
  };

  useEffect(() => {
    if (!playing || !replay) return;
    const timer = setTimeout(
      () => (replay.position >= replay.inputs ? setPlaying(false) : void seek(replay.position + 1)),
      1000 / speed,
    );
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one tick per position reached
  }, [playing, replay?.position, speed]);

  const toggleRecord = async () => {
    if (!recording) {
      if (await run('record.start', {})) setRecording(true);
      return;
    }
    const file = await run('record.stop', {});
    setRecording(false);
    if (file) download(file.fileName, file.text);
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const outcome = await tryRun('replay.open', { text: await file.text() });
    if (outcome.ok) {
      setReplay(outcome.result);
      setRecording(false);
    } else void run('replay.close', {});
  };

  const screenIndex = replay ? replay.screens.filter((s) => s.position <= replay.position).length - 1 : -1;
  const current = replay && screenIndex >= 0 ? replay.screens[screenIndex] : undefined;
  const toScreen = (index: number) => {
    const screen = replay?.screens[index];
    if (screen) void seek(screen.position);
  };

  return (
    <div
      className={replay ? 'chrome-group chrome-group--replaying' : 'chrome-group'}
      role="group"
      aria-label="Recording"
    >
      <span className="chrome-group__label" aria-hidden="true">
        Walkthrough
      </span>
      <button type="button" className="chrome-button" aria-pressed={recording} onClick={() => void toggleRecord()}>
        {recording ? '■ Stop and save' : '● Record'}
      </button>
      <button type="button" className="chrome-button" onClick={() => fileRef.current?.click()}>
        Open recording…
      </button>
      <input
        ref={fileRef}
        type="file"
        aria-label="Recording file"
        accept=".json,application/json"
        hidden
        onChange={(e) => void open(e)}
      />
      {replay ? (
        <div className="replay-bar" role="group" aria-label="Replay">
          <button
            type="button"
            className="chrome-button"
            aria-label="Previous screen"
            disabled={screenIndex <= 0}
            onClick={() => toScreen(screenIndex - 1)}
          >
            <Previous20Regular aria-hidden="true" />
          </button>
          <button
            type="button"
            className="chrome-button"
            aria-label={playing ? 'Pause' : 'Play'}
            onClick={() => setPlaying(!playing)}
          >
            {playing ? <Pause20Regular aria-hidden="true" /> : <Play20Regular aria-hidden="true" />}
          </button>
          <button
            type="button"
            className="chrome-button"
            aria-label="Next screen"
            disabled={screenIndex >= replay.screens.length - 1}
            onClick={() => toScreen(screenIndex + 1)}
          >
            <Next20Regular aria-hidden="true" />
          </button>
          <select
            aria-label="Replay speed"
            className="chrome-select"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
          <ol className="replay-timeline" aria-label="Recorded screens">
            {replay.screens.map((screen, index) => (
              <li key={`${index}-${screen.id}`}>
                <button
                  type="button"
                  className={
                    index === screenIndex
                      ? 'replay-timeline__screen replay-timeline__screen--current'
                      : 'replay-timeline__screen'
                  }
                  aria-current={index === screenIndex ? 'step' : undefined}
                  aria-label={`Screen ${index + 1}: ${screen.id} at ${formatClock(screen.atMs)}`}
                  title={`${index + 1}. ${screen.id} · ${formatClock(screen.atMs)}`}
                  onClick={() => toScreen(index)}
                >
                  {screen.view ? (
                    <ScreenThumbnail
                      view={screen.view}
                      width={THUMBNAIL_WIDTH}
                      windowsVersion={replay.windowsVersion ?? '11'}
                    />
                  ) : null}
                  <span className="replay-timeline__number">{index + 1}</span>
                </button>
              </li>
            ))}
          </ol>
          {current ? <ReplayStep key={`${screenIndex}`} screen={current} replay={replay} onSaved={setReplay} /> : null}
          {replay.divergence ? (
            <p className="replay-divergence" role="alert">
              {replay.divergence}
            </p>
          ) : null}
          <button
            type="button"
            className="chrome-button"
            onClick={() => {
              setPlaying(false);
              setReplay(null);
              void run('replay.close', {});
            }}
          >
            Close replay
          </button>
        </div>
      ) : null}
    </div>
  );
}

import type { Session } from '../runtime/session';
import { deviceText } from './device-file';
import { writeFileAtomic } from './atomic-write';

export interface Autosave {
  /** Saves now if the device changed since the last save; resolves when it is on disk. */
  flush(): Promise<void>;
  /** Stops the timer and the screen watch, after a last flush. */
  stop(): Promise<void>;
}

export interface AutosaveOptions {
  /** Real time between saves (default 30 s); a save is skipped when nothing changed. */
  intervalMs?: number;
  /** A failed save (disk full, folder gone): reported, and the next one tries again. */
  onError?: (error: unknown) => void;
}

/**
 * Keeps the file of a device that has one up to date: at every screen change (the moments a
 * person would hate to lose) and on a wall-clock timer, each write atomic with the previous save
 * kept as `.bak`. Saves never overlap, and an unchanged device is not written again.
 * `lastText` is what the file already holds (just opened or saved), so opening is not a change.
 */
export function startAutosave(
  session: Session,
  path: string,
  lastText: string | null,
  {
    intervalMs = 30_000,
    onError = (error) => console.error(`oobe-sim autosave ${path}:`, error),
  }: AutosaveOptions = {},
): Autosave {
  let written = lastText;
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;
  let stopped = false;

  const saveIfChanged = async (): Promise<void> => {
    const text = deviceText(session);
    if (text === written) return;
    await writeFileAtomic(path, text);
    written = text;
  };
  const flush = (): Promise<void> => {
    chain = chain.then(saveIfChanged).catch(onError);
    return chain;
  };
  // Events arrive in the middle of a command: save just after it, once per burst of screen changes.
  const soon = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (!stopped) void flush();
    });
  };

  const unsubscribe = session.subscribe((event) => {
    if (event.name === 'screen:entered') soon();
  });
  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();

  return {
    flush,
    async stop() {
      if (stopped) return chain;
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await flush();
    },
  };
}

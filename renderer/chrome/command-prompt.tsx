import { Dismiss16Regular, WindowConsole20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useCommands } from '../state/commands';

/** Where Shift+F10's prompt opens during OOBE (the core's OOBE_PROMPT_CWD). */
const CWD = 'C:\\Windows\\system32';
const TITLE = 'Administrator: C:\\Windows\\system32\\cmd.exe';

interface Entry {
  id: number;
  line: string;
  stdout: string;
  stderr: string;
}

/**
 * The command prompt Shift+F10 opens during OOBE, as a window of the simulator's chrome: each
 * line goes to the device as shell.run and its output is printed back. `cls` and `exit` are the
 * window's own, as in cmd.exe. Up and Down recall earlier lines.
 */
export function CommandPrompt({ onClose }: { onClose(): void }) {
  const { tryRun } = useCommands();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [busy, setBusy] = useState(false);
  const [recall, setRecall] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const consoleRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    inputRef.current?.focus();
  }, []);
  // Scrolls the console only (scrollIntoView would scroll the chrome around it too).
  useEffect(() => {
    const box = consoleRef.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [entries]);

  const history = entries.map((e) => e.line).filter((l) => l.trim() !== '');

  const submit = async () => {
    const text = line;
    setLine('');
    setRecall(null);
    const command = text.trim().toLowerCase();
    if (command === 'exit') return onClose();
    if (command === 'cls') return setEntries([]);
    setBusy(true);
    const outcome = await tryRun('shell.run', { line: text });
    setBusy(false);
    const output = outcome.ok ? outcome.result : { stdout: '', stderr: `${outcome.error.message}\r\n` };
    setEntries((list) => [
      ...list,
      { id: (list.at(-1)?.id ?? 0) + 1, line: text, stdout: output.stdout, stderr: output.stderr },
    ]);
    // The input was disabled while the device answered, which dropped its focus.
    queueMicrotask(() => inputRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!busy) void submit();
    } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && history.length > 0) {
      event.preventDefault();
      const at = recall ?? history.length;
      const next = Math.min(history.length, Math.max(0, at + (event.key === 'ArrowUp' ? -1 : 1)));
      setRecall(next);
      setLine(history[next] ?? '');
    }
  };

  return (
    <section className="cmd" role="dialog" aria-labelledby={titleId}>
      <header className="cmd__bar">
        <WindowConsole20Regular className="cmd__icon" aria-hidden="true" />
        <span id={titleId} className="cmd__title">
          {TITLE}
        </span>
        <button type="button" className="cmd__close" aria-label="Hide cmd.exe" title="Hide cmd.exe" onClick={onClose}>
          <Dismiss16Regular />
        </button>
      </header>
      <div ref={consoleRef} className="cmd__console" onClick={() => inputRef.current?.focus()}>
        <div role="log" aria-label="Console output">
          {entries.map((entry) => (
            <div key={entry.id} className="cmd__entry">
              <div>
                {CWD}&gt;{entry.line}
              </div>
              {entry.stdout ? <pre className="cmd__out">{entry.stdout}</pre> : null}
              {entry.stderr ? <pre className="cmd__out cmd__out--err">{entry.stderr}</pre> : null}
            </div>
          ))}
        </div>
        <div className="cmd__input-line">
          <span aria-hidden="true">{CWD}&gt;</span>
          <input
            ref={inputRef}
            className="cmd__input"
            type="text"
            aria-label="Command"
            autoComplete="off"
            spellCheck={false}
            value={line}
            disabled={busy}
            onChange={(event) => setLine(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
    </section>
  );
}

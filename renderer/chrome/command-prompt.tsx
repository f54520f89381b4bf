import { Dismiss16Regular, WindowConsole20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { OOBE_SESSION, promptText, type ShellSession, type ShellWindow } from '../../shared/shell';
import { useCommands } from '../state/commands';

const TITLE = 'Administrator: C:\\Windows\\system32\\cmd.exe';

interface Entry {
  id: number;
  /** The prompt printed before the line (cmd.exe's or PowerShell's, as the session was then). */
  prompt: string;
  line: string;
  stdout: string;
  stderr: string;
}

/**
 * The command prompt Shift+F10 opens during OOBE, as a window of the simulator's chrome: each
 * line goes to the device as shell.run and its output is printed back. `cls` and `exit` are the
 * window's own, as in cmd.exe. Up and Down recall earlier lines.
 */
export function CommandPrompt({
  onClose,
  onOpen,
  offset = 0,
}: {
  onClose: () => void;
  /** A window the line opened (notepad, eventvwr): the simulator shows it over OOBE. */
  onOpen?: (window: ShellWindow) => void;
  offset?: number;
}) {
  const { tryRun } = useCommands();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [busy, setBusy] = useState(false);
  const [recall, setRecall] = useState<number | null>(null);
  // This window's own folder and shell: the device hands it back with every answer.
  const [session, setSession] = useState<ShellSession>(OOBE_SESSION);
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

  // Lines typed in this window (cls clears the screen, not the history; ^C lines are not history).
  const [history, setHistory] = useState<string[]>([]);

  const submit = async () => {
    const text = line;
    setLine('');
    setRecall(null);
    const prompt = promptText(session);
    if (text.trim() !== '') setHistory((list) => [...list, text]);
    setBusy(true);
    const outcome = await tryRun('shell.run', { line: text, session });
    setBusy(false);
    if (outcome.ok && outcome.result.exit) return onClose();
    if (outcome.ok) setSession(outcome.result.session);
    if (outcome.ok && outcome.result.open) onOpen?.(outcome.result.open);
    const output = outcome.ok ? outcome.result : { stdout: '', stderr: `${outcome.error.message}\r\n` };
    if (outcome.ok && outcome.result.clear) setEntries([]);
    else append({ prompt, line: text, stdout: output.stdout, stderr: output.stderr });
    // The input was disabled while the device answered, which dropped its focus.
    queueMicrotask(() => inputRef.current?.focus());
  };

  const append = (entry: Omit<Entry, 'id'>) =>
    setEntries((list) => [...list, { id: (list.at(-1)?.id ?? 0) + 1, ...entry }]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Ctrl+C with nothing selected abandons the line, as the console prints it; with a selection it copies.
    const selection = window.getSelection()?.toString() ?? '';
    const inputSelected = (inputRef.current?.selectionEnd ?? 0) > (inputRef.current?.selectionStart ?? 0);
    if (event.ctrlKey && event.key.toLowerCase() === 'c' && selection === '' && !inputSelected) {
      event.preventDefault();
      append({ prompt: promptText(session), line: `${line}^C`, stdout: '', stderr: '' });
      setLine('');
      setRecall(null);
    } else if (event.key === 'Enter') {
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
    <section
      className="cmd"
      role="dialog"
      aria-labelledby={titleId}
      style={offset ? { transform: `translate(${-offset * 28}px, ${-offset * 28}px)` } : undefined}
    >
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
              <div className="cmd__echo">
                {entry.prompt}
                {entry.line}
              </div>
              {entry.stdout ? <pre className="cmd__out">{entry.stdout}</pre> : null}
              {entry.stderr ? <pre className="cmd__out cmd__out--err">{entry.stderr}</pre> : null}
            </div>
          ))}
        </div>
        <div className="cmd__input-line">
          <span className="cmd__prompt" data-testid="prompt">
            {promptText(session)}
          </span>
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

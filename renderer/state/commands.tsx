import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type {
  CommandInput,
  CommandName,
  CommandResult,
  ContractError,
  PageTarget,
  SimulatorClient,
} from '../../shared/contract';
import { describeFailure, isConnectionLoss, messageOf } from './failure-text';

/** A command that came back as an error, shown in the chrome until dismissed. */
export interface CommandFailure {
  id: number;
  text: string;
}

/** A refused command as a caller can inspect it: the message and, when the device sent one, its ContractError. */
export interface RunError {
  message: string;
  detail: ContractError | null;
}

/** What `tryRun` resolves to: the result, or the error for the caller to show (not reported in the chrome). */
export type RunOutcome<N extends CommandName> = { ok: true; result: CommandResult<N> } | { ok: false; error: RunError };

/** Every user action goes through these; they never throw. */
export interface Commands {
  /** Sends a command; a failure is reported in the chrome and resolves to undefined. */
  run: <N extends CommandName>(name: N, payload: CommandInput<N>) => Promise<CommandResult<N> | undefined>;
  /** Sends a command and hands a failure back instead of reporting it (e.g. a scenario's problems). */
  tryRun: <N extends CommandName>(name: N, payload: CommandInput<N>) => Promise<RunOutcome<N>>;
  click: (control: string) => void;
  type: (field: string, text: string) => void;
  select: (list: string, item: string) => void;
  key: (chord: string) => void;
  /**
   * The page on screen (its id and the snapshot's pageChanges): every click, text, choice and key
   * is sent as meant for it, so the device drops one that arrives after that page has gone.
   */
  setPage: (page: PageTarget | null) => void;
}

interface Failures {
  failures: readonly CommandFailure[];
  dismiss: (id: number) => void;
  /** Shows a message as a failure, for errors a caller got from `tryRun` and chose not to handle. */
  report: (text: string) => void;
}

const CommandsContext = createContext<Commands | null>(null);
const FailuresContext = createContext<Failures>({ failures: [], dismiss: () => undefined, report: () => undefined });

/** The ContractError a CommandError carries in `.detail` (read structurally, as above). */
function detailOf(error: unknown): ContractError | null {
  if (typeof error !== 'object' || error === null || !('detail' in error)) return null;
  const detail = error.detail;
  return typeof detail === 'object' && detail !== null && 'code' in detail ? (detail as ContractError) : null;
}

/** Owns the SimulatorClient for the tree and collects the commands that failed. */
export function CommandsProvider({ client, children }: { client: SimulatorClient; children: ReactNode }) {
  const [failures, setFailures] = useState<CommandFailure[]>([]);

  // Keep the last few only: a flood of identical failures must not bury the screen.
  const report = useCallback(
    (text: string) => setFailures((list) => [...list.slice(-3), { id: (list.at(-1)?.id ?? 0) + 1, text }]),
    [],
  );

  const run = useCallback(
    async <N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N> | undefined> => {
      try {
        return await client.invoke(name, payload);
      } catch (error) {
        // A lost connection has its own notice over the device; the banner is for real failures.
        if (!isConnectionLoss(error)) report(describeFailure(name, error));
        return undefined;
      }
    },
    [client, report],
  );

  const page = useRef<PageTarget | null>(null);
  // A page stops taking clicks the moment one of its buttons is pressed (oobe-ui.md §1): until the
  // device has answered a click or sent a new snapshot (the snapshot comes before the reply), further
  // clicks are dropped, so a fast double click cannot press the next page's button too.
  const clicking = useRef(false);
  const onPage = useCallback(() => (page.current ? { page: page.current } : {}), []);
  const click = useCallback(
    (control: string) => {
      if (clicking.current) return;
      clicking.current = true;
      void run('device.click', { control, ...onPage() }).finally(() => {
        clicking.current = false;
      });
    },
    [run, onPage],
  );

  const tryRun = useCallback(
    async <N extends CommandName>(name: N, payload: CommandInput<N>): Promise<RunOutcome<N>> => {
      try {
        return { ok: true, result: await client.invoke(name, payload) };
      } catch (error) {
        return { ok: false, error: { message: messageOf(error), detail: detailOf(error) } };
      }
    },
    [client],
  );

  const commands = useMemo<Commands>(
    () => ({
      run,
      tryRun,
      click,
      type: (field, text) => void run('device.type', { field, text, ...onPage() }),
      select: (list, item) => void run('device.select', { list, item, ...onPage() }),
      key: (chord) => void run('device.key', { chord, ...onPage() }),
      setPage: (target) => {
        page.current = target;
        // A new snapshot is drawn: the device has acted (on the click, or on its clock), so the
        // page on screen takes clicks again; one still aimed at a page that has gone is the core's to drop.
        clicking.current = false;
      },
    }),
    [run, tryRun, click, onPage],
  );

  const dismiss = useCallback((id: number) => setFailures((list) => list.filter((f) => f.id !== id)), []);
  const failureState = useMemo(() => ({ failures, dismiss, report }), [failures, dismiss, report]);

  return (
    <CommandsContext.Provider value={commands}>
      <FailuresContext.Provider value={failureState}>{children}</FailuresContext.Provider>
    </CommandsContext.Provider>
  );
}

export function useCommands(): Commands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands() outside <CommandsProvider>');
  return commands;
}

export function useFailures(): Failures {
  return useContext(FailuresContext);
}

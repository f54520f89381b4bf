import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CommandInput, CommandName, CommandResult, ContractError, SimulatorClient } from '../../shared/contract';

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
  run<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N> | undefined>;
  /** Sends a command and hands a failure back instead of reporting it (e.g. a scenario's problems). */
  tryRun<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<RunOutcome<N>>;
  click(control: string): void;
  type(field: string, text: string): void;
  select(list: string, item: string): void;
  key(chord: string): void;
}

interface Failures {
  failures: readonly CommandFailure[];
  dismiss(id: number): void;
  /** Shows a message as a failure, for errors a caller got from `tryRun` and chose not to handle. */
  report(text: string): void;
}

const CommandsContext = createContext<Commands | null>(null);
const FailuresContext = createContext<Failures>({ failures: [], dismiss: () => undefined, report: () => undefined });

function describe(error: unknown): string {
  // CommandError (shared/contract) reads "<command>: <message>"; transports may also reject with
  // plain Errors (connection lost). Not checked with instanceof so the renderer doesn't bundle zod.
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The ContractError a CommandError carries in `.detail` (read structurally, as above). */
function detailOf(error: unknown): ContractError | null {
  if (typeof error !== 'object' || error === null || !('detail' in error)) return null;
  const detail = (error as { detail: unknown }).detail;
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
        report(describe(error));
        return undefined;
      }
    },
    [client, report],
  );

  const tryRun = useCallback(
    async <N extends CommandName>(name: N, payload: CommandInput<N>): Promise<RunOutcome<N>> => {
      try {
        return { ok: true, result: await client.invoke(name, payload) };
      } catch (error) {
        return { ok: false, error: { message: describe(error), detail: detailOf(error) } };
      }
    },
    [client],
  );

  const commands = useMemo<Commands>(
    () => ({
      run,
      tryRun,
      click: (control) => void run('device.click', { control }),
      type: (field, text) => void run('device.type', { field, text }),
      select: (list, item) => void run('device.select', { list, item }),
      key: (chord) => void run('device.key', { chord }),
    }),
    [run, tryRun],
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

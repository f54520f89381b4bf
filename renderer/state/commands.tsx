import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CommandInput, CommandName, CommandResult, SimulatorClient } from '../../shared/contract';

/** A command that came back as an error, shown in the chrome until dismissed. */
export interface CommandFailure {
  id: number;
  text: string;
}

/** Every user action goes through these; they never throw. */
export interface Commands {
  /** Sends a command; a failure is reported in the chrome and resolves to undefined. */
  run<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N> | undefined>;
  click(control: string): void;
  type(field: string, text: string): void;
  select(list: string, item: string): void;
  key(chord: string): void;
}

interface Failures {
  failures: readonly CommandFailure[];
  dismiss(id: number): void;
}

const CommandsContext = createContext<Commands | null>(null);
const FailuresContext = createContext<Failures>({ failures: [], dismiss: () => undefined });

function describe(error: unknown): string {
  // CommandError (shared/contract) reads "<command>: <message>"; transports may also reject with
  // plain Errors (connection lost). Not checked with instanceof so the renderer doesn't bundle zod.
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Owns the SimulatorClient for the tree and collects the commands that failed. */
export function CommandsProvider({ client, children }: { client: SimulatorClient; children: ReactNode }) {
  const [failures, setFailures] = useState<CommandFailure[]>([]);

  const run = useCallback(
    async <N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N> | undefined> => {
      try {
        return await client.invoke(name, payload);
      } catch (error) {
        // Keep the last few only: a flood of identical failures must not bury the screen.
        setFailures((list) => [...list.slice(-3), { id: (list.at(-1)?.id ?? 0) + 1, text: describe(error) }]);
        return undefined;
      }
    },
    [client],
  );

  const commands = useMemo<Commands>(
    () => ({
      run,
      click: (control) => void run('device.click', { control }),
      type: (field, text) => void run('device.type', { field, text }),
      select: (list, item) => void run('device.select', { list, item }),
      key: (chord) => void run('device.key', { chord }),
    }),
    [run],
  );

  const dismiss = useCallback((id: number) => setFailures((list) => list.filter((f) => f.id !== id)), []);
  const failureState = useMemo(() => ({ failures, dismiss }), [failures, dismiss]);

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

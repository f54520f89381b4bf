import type { SimulatorClient } from '../shared/contract';
import { Simulator } from './chrome/simulator';
import { CommandsProvider } from './state/commands';

/**
 * The renderer's root: every command goes through one client. Motion is CSS only (screens.css,
 * illustrations.css) and follows the user's reduced-motion setting (tests run with it on); it never
 * drives logic. No animation library reaches the first bundle (issue 16).
 */
export function App({ client }: { client: SimulatorClient }) {
  return (
    <CommandsProvider client={client}>
      <Simulator client={client} />
    </CommandsProvider>
  );
}

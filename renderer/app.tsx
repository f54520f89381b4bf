import { MotionConfig } from 'framer-motion';
import type { SimulatorClient } from '../shared/contract';
import { Simulator } from './chrome/simulator';
import { CommandsProvider } from './state/commands';

/**
 * The renderer's root: every command goes through one client, and motion follows the user's
 * reduced-motion setting (tests run with it on). Animation never drives logic.
 */
export function App({ client }: { client: SimulatorClient }) {
  return (
    <MotionConfig reducedMotion="user">
      <CommandsProvider client={client}>
        <Simulator client={client} />
      </CommandsProvider>
    </MotionConfig>
  );
}

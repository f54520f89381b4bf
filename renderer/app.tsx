import { domAnimation, LazyMotion, MotionConfig } from 'framer-motion';
import type { SimulatorClient } from '../shared/contract';
import { Simulator } from './chrome/simulator';
import { TrainerConsole } from './trainer/trainer-console';
import { CommandsProvider } from './state/commands';

/**
 * The renderer's root: every command goes through one client, and motion follows the user's
 * reduced-motion setting (tests run with it on). Animation never drives logic.
 */
export function App({ client, view = 'device' }: { client: SimulatorClient; view?: 'device' | 'trainer' }) {
  return (
    <MotionConfig reducedMotion="user">
      {/* `m` components with only the DOM animation features (fades, transforms, exit): no layout or
          drag code in the first bundle. `strict` refuses a stray full `motion` component. */}
      <LazyMotion features={domAnimation} strict>
        <CommandsProvider client={client}>
          {view === 'trainer' ? <TrainerConsole client={client} /> : <Simulator client={client} />}
        </CommandsProvider>
      </LazyMotion>
    </MotionConfig>
  );
}

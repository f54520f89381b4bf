import { memo } from 'react';
import { FaultPanel as FaultPanelView } from './fault-panel';

/**
 * The fault panel, re-rendered only when the fields it reads change: whether there is a device,
 * its info and its scenario's faults (fault-panel.tsx; keep in step). Issue 16, see memo-panels.ts.
 */
export const FaultPanel = memo(
  FaultPanelView,
  (a, b) =>
    a.snapshot === b.snapshot ||
    (a.snapshot !== null &&
      b.snapshot !== null &&
      a.snapshot.info === b.snapshot.info &&
      a.snapshot.faults === b.snapshot.faults),
);

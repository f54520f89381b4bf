import { createClient } from './create-client';

/**
 * The page's client, made while the bundle is still being evaluated: main.tsx imports this module
 * before React, so the WebSocket opens and the first snapshot is on its way in parallel with
 * React's module evaluation and first render (issue 16), not after them.
 */
export const firstClient = createClient();

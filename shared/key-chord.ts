import { z } from 'zod';

/** A key or chord as the device receives it: "Meta", "Shift+F10", "Ctrl+Shift+D", "Ctrl+Alt+Delete". */
export const keyChordSchema = z
  .string()
  .regex(/^((Ctrl|Alt|Shift|Meta)\+)*[A-Za-z0-9]+$/, 'a key such as "Meta" or a chord such as "Shift+F10"');

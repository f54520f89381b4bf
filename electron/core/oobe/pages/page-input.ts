import type { Ctx } from '../../context';
import { DeviceError } from '../../device-core';
import type { PageState } from '../../state';

/** A user action aimed at the page on screen. */
export type PageInput =
  | { kind: 'click'; control: string }
  | { kind: 'type'; field: string; text: string }
  | { kind: 'select'; list: string; item: string };

export type PageHandler<P extends PageState> = (ctx: Ctx, page: P, input: PageInput) => void;

/** The error a user gets for aiming at something the screen doesn't have. */
export function notOnScreen(page: PageState, input: PageInput): DeviceError {
  const what =
    input.kind === 'click'
      ? `control "${input.control}"`
      : input.kind === 'type'
        ? `field "${input.field}"`
        : `list "${input.list}"`;
  return new DeviceError(`There is no ${what} on the "${page.id}" screen.`);
}

export function requireItem(list: readonly string[], item: string, listName: string): string {
  if (!list.includes(item)) throw new DeviceError(`"${item}" is not in the ${listName} list.`);
  return item;
}

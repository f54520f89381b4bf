import { timeline } from '../context';
import { notOnScreen, type PageHandler } from '../oobe/pages/page-input';
import type { TaskSequencePage } from './existing-device-state';
import { startTaskSequence } from './task-sequence';

/**
 * Software Center on the old Windows: Operating Systems → the task sequence → "Install"
 * (001:11877–11878), then the confirmation. The progress dialog itself takes no input.
 */
export const taskSequencePage: PageHandler<TaskSequencePage> = (ctx, page, input) => {
  if (input.kind === 'click' && page.stage === 'software-center' && input.control === 'install') {
    page.stage = 'confirm';
    timeline(ctx, 'input', 'Software Center: Install selected');
    return;
  }
  if (input.kind === 'click' && page.stage === 'confirm' && input.control === 'install-operating-system') {
    timeline(ctx, 'input', 'Software Center: installation confirmed');
    startTaskSequence(ctx);
    return;
  }
  if (input.kind === 'click' && page.stage === 'confirm' && input.control === 'cancel') {
    page.stage = 'software-center';
    return;
  }
  throw notOnScreen(page, input);
};

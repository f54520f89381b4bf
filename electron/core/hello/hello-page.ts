import { timeline } from '../context';
import { acceptMfaCode } from '../enrollment/mfa-code';
import { findUser } from '../enrollment/users';
import { notOnScreen, type PageHandler } from '../oobe/pages/page-input';
import { pinProblem } from './pin-rules';
import type { HelloPage } from './hello-state';
import { askForPin, finishWindowsHello, helloIntro, pinPolicy, registerPin } from './hello-flow';

/**
 * The Windows Hello screen's inputs, stage by stage (oobe-ui.md §22): the biometric page's "Yes, set
 * up" / "Skip for now"; Entra's "OK" → MFA "Verify" → "Set up a PIN" (new-pin, confirm-pin, "OK") →
 * "All set!" "OK"; hybrid's "Set up PIN" and its error page's "Try again" / "Skip for now".
 */
export const helloPage: PageHandler<HelloPage> = (ctx, page, input) => {
  const click = input.kind === 'click' ? input.control : null;
  switch (page.stage) {
    case 'biometric':
      if (click === 'yes-set-up' || click === 'skip') {
        if (ctx.state.hello) ctx.state.hello.biometricEnrolled = click === 'yes-set-up';
        timeline(
          ctx,
          'input',
          click === 'skip' ? 'Windows Hello biometrics: Skip for now' : 'Windows Hello biometrics set up',
        );
        helloIntro(ctx);
        return;
      }
      break;
    case 'entra-intro':
      if (click === 'ok') {
        const user = findUser(ctx.state, ctx.state.account.upn);
        if (user?.mfa) {
          page.stage = 'mfa';
          page.code = '';
          page.error = null;
        } else askForPin(ctx, page);
        return;
      }
      break;
    case 'mfa':
      if (input.kind === 'type' && input.field === 'code') {
        page.code = input.text;
        page.error = null;
        return;
      }
      if (click === 'verify') {
        if (!acceptMfaCode(ctx, page)) return;
        timeline(ctx, 'input', 'Identity verified for Windows Hello');
        askForPin(ctx, page);
        return;
      }
      break;
    case 'hybrid-intro':
      if (click === 'set-up-pin') {
        askForPin(ctx, page);
        return;
      }
      break;
    case 'set-pin':
      if (input.kind === 'type' && (input.field === 'new-pin' || input.field === 'confirm-pin')) {
        if (input.field === 'new-pin') page.newPin = input.text;
        else page.confirmPin = input.text;
        page.error = null;
        return;
      }
      if (click === 'ok') {
        const problem = pinProblem(pinPolicy(ctx), page.newPin, page.confirmPin);
        if (problem) {
          page.error = problem;
          page.newPin = '';
          page.confirmPin = '';
          timeline(ctx, 'input', `PIN refused: ${problem}`);
          return;
        }
        registerPin(ctx, page);
        return;
      }
      if (click === 'cancel') {
        finishWindowsHello(ctx, 'skipped');
        return;
      }
      break;
    case 'error':
      if (click === 'try-again' && page.flavour === 'hybrid') {
        askForPin(ctx, page);
        return;
      }
      if (click === 'skip') {
        finishWindowsHello(ctx, 'skipped');
        return;
      }
      break;
    case 'all-set':
      if (click === 'ok') {
        finishWindowsHello(ctx, 'pin-set');
        return;
      }
      break;
  }
  throw notOnScreen(page, input);
};

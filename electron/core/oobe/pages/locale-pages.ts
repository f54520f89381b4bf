import { showPage, timeline } from '../../context';
import type { PageState } from '../../state';
import { continueOobe } from '../flow';
import { INPUT_LANGUAGES, LAYOUTS_BY_LANGUAGE, REGIONS, layoutsForRegion } from '../locales';
import { notOnScreen, requireItem, type PageHandler } from './page-input';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

/** "Is this the right country or region?" → "Yes" (oobe-ui.md §4). */
export const regionPage: PageHandler<Page<'region'>> = (ctx, page, input) => {
  if (input.kind === 'select' && input.list === 'region') {
    page.selected = requireItem(REGIONS, input.item, 'country or region');
    return;
  }
  if (input.kind === 'click' && input.control === 'yes') {
    ctx.state.oobe.region = page.selected;
    timeline(ctx, 'input', `Region: ${page.selected}`);
    continueOobe(ctx);
    return;
  }
  throw notOnScreen(page, input);
};

/** "Is this the right keyboard layout or input method?" → "Yes" (oobe-ui.md §5 panel 1). */
export const keyboardPage: PageHandler<Page<'keyboard'>> = (ctx, page, input) => {
  const layouts = layoutsForRegion(ctx.state.oobe.region ?? ctx.state.setup.device.region);
  if (input.kind === 'select' && input.list === 'keyboard') {
    page.selected = requireItem(layouts, input.item, 'keyboard layout');
    return;
  }
  if (input.kind === 'click' && input.control === 'yes') {
    ctx.state.oobe.keyboard = page.selected;
    timeline(ctx, 'input', `Keyboard: ${page.selected}`);
    continueOobe(ctx);
    return;
  }
  throw notOnScreen(page, input);
};

/** "Want to add a second keyboard layout?" and its two follow-up panels (oobe-ui.md §5 panels 2–4). */
export const secondKeyboardPage: PageHandler<Page<'second-keyboard'>> = (ctx, page, input) => {
  const { oobe } = ctx.state;
  if (page.panel === 'ask' && input.kind === 'click' && input.control === 'skip') {
    oobe.secondKeyboard = 'skipped';
    continueOobe(ctx);
    return;
  }
  if (page.panel === 'ask' && input.kind === 'click' && input.control === 'add-layout') {
    showPage(ctx, { ...page, panel: 'language' });
    return;
  }
  if (page.panel === 'language' && input.kind === 'select' && input.list === 'second-keyboard-language') {
    page.language = requireItem(INPUT_LANGUAGES, input.item, 'input language');
    return;
  }
  if (page.panel === 'language' && input.kind === 'click' && input.control === 'next') {
    const layouts = LAYOUTS_BY_LANGUAGE[page.language] ?? [];
    showPage(ctx, { ...page, panel: 'layout', layout: layouts[0] ?? '' });
    return;
  }
  if (page.panel === 'layout' && input.kind === 'select' && input.list === 'second-keyboard-layout') {
    page.layout = requireItem(LAYOUTS_BY_LANGUAGE[page.language] ?? [], input.item, 'keyboard layout');
    return;
  }
  if (page.panel === 'layout' && input.kind === 'click' && input.control === 'add-layout') {
    oobe.secondKeyboard = 'added';
    oobe.extraLayouts = [...oobe.extraLayouts, page.layout];
    timeline(ctx, 'input', `Second keyboard: ${page.layout}`);
    continueOobe(ctx);
    return;
  }
  throw notOnScreen(page, input);
};

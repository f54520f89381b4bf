import { OOBE_STRINGS } from '../../../../shared/strings';
import { after, showError, showPage, timeline, type Ctx } from '../../context';
import { DeviceError } from '../../device-core';
import { hasInternet, visibleWifi } from '../../network/connectivity';
import type { PageState } from '../../state';
import { TIMINGS } from '../timings';
import { continueOobe } from '../flow';
import { notOnScreen, requireItem, type PageHandler } from './page-input';

type NetworkPage = Extract<PageState, { id: 'network' }>;

/** Associates with a Wi-Fi network; the link comes up after the connect time. */
export function connectWifi(ctx: Ctx, ssid: string): void {
  const { network } = ctx.state;
  if (!network.savedWifi.includes(ssid)) network.savedWifi = [...network.savedWifi, ssid];
  network.connectedSsid = null;
  network.wifiIpv4 = null;
  after(ctx, TIMINGS.wifiConnectMs, { type: 'link-up', medium: 'wifi', ssid });
  timeline(ctx, 'network', `Connecting to Wi-Fi "${ssid}"`);
}

/** "Let's connect you to a network": pick a Wi-Fi network, give its key, or plug in a cable (oobe-ui.md §6). */
export const networkPage: PageHandler<NetworkPage> = (ctx, page, input) => {
  const { state } = ctx;
  const wifi = visibleWifi(state);
  if (input.kind === 'select' && input.list === 'network') {
    page.selectedSsid = requireItem(
      wifi.map((n) => n.ssid),
      input.item,
      'network',
    );
    if (page.prompt && page.prompt.ssid !== input.item) page.prompt = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'connect') {
    const network = wifi.find((n) => n.ssid === page.selectedSsid);
    if (!network) throw new DeviceError('Select a network first.');
    if (network.security === 'Open' || state.network.savedWifi.includes(network.ssid)) {
      page.connecting = network.ssid;
      connectWifi(ctx, network.ssid);
    } else {
      page.prompt = { ssid: network.ssid, key: '', error: null };
    }
    return;
  }
  if (input.kind === 'type' && input.field === 'network-key' && page.prompt) {
    page.prompt.key = input.text;
    return;
  }
  if (input.kind === 'click' && input.control === 'key-cancel' && page.prompt) {
    page.prompt = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'key-next' && page.prompt) {
    const network = wifi.find((n) => n.ssid === page.prompt?.ssid);
    if (!network) throw new DeviceError('That network is no longer in range.');
    if (page.prompt.key !== (network.password ?? '')) {
      page.prompt = { ...page.prompt, key: '', error: OOBE_STRINGS.network.wrongKey };
      showError(ctx, { code: null, message: OOBE_STRINGS.network.wrongKey });
      return;
    }
    page.prompt = null;
    page.connecting = network.ssid;
    connectWifi(ctx, network.ssid);
    return;
  }
  if (input.kind === 'click' && input.control === 'next') {
    if (!hasInternet(state))
      throw new DeviceError('"Next" is not available until the device is connected to the internet.');
    continueOobe(ctx);
    return;
  }
  if (input.kind === 'click' && input.control === 'no-internet') {
    timeline(ctx, 'input', 'Chose "I don\'t have internet"');
    showPage(ctx, { id: 'consumer-oobe', selected: null, offline: true });
    return;
  }
  throw notOnScreen(page, input);
};

import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton, OobeLink } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { WifiArt } from '../illustrations/wifi-art';
import { NetworkDetails } from './network-details';
import { EthernetRow, WifiRow, wifiState } from './network-rows';
import { SelectList, type ListItem } from './select-list';
import './network.css';

const S = OOBE_STRINGS.network;

/** "Let's connect you to a network" (oobe-ui.md §6): Ethernet, then the Wi-Fi networks in range. */
export function NetworkScreen({ view }: { view: ScreenViewOf<'network'> }) {
  const items: ListItem[] = view.networks.map((network) => {
    const state = wifiState(network, view.connecting === network.ssid);
    return {
      value: network.ssid,
      label: network.ssid,
      description: state,
      content: <WifiRow network={network} state={state} />,
    };
  });
  return (
    <OobeFrame screen="network" illustration={<WifiArt />}>
      <OobePage
        title={S.title}
        buttons={<OobeButton control="next" label={S.next} primary disabled={!view.canContinue} />}
        links={view.offerNoInternet ? <OobeLink control="no-internet" label={S.noInternet} /> : null}
      >
        <div className="net-list">
          {view.ethernet.present ? <EthernetRow connected={view.ethernet.connected} /> : null}
          <SelectList
            list="network"
            label={S.title}
            items={items}
            selected={view.selectedSsid}
            className="net-list__wifi"
            after={(item) => <NetworkDetails view={view} ssid={item.value} />}
          />
        </div>
      </OobePage>
    </OobeFrame>
  );
}

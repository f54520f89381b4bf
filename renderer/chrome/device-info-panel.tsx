import type { ReactNode } from 'react';
import type { AdapterInfo, DeviceInfo } from '../../shared/snapshot';
import { formatDrift } from './format';
import { TermRow } from './term-row';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <TermRow className="info__row" term={term}>
      {children}
    </TermRow>
  );
}

function Adapter({ adapter }: { adapter: AdapterInfo }) {
  const kind = adapter.kind === 'wifi' ? 'Wi-Fi' : 'Ethernet';
  return (
    <section className="info__adapter" aria-label={adapter.name}>
      <h3 className="info__subheading">
        {adapter.name}
        {adapter.name === kind ? null : <span className="info__kind"> {kind}</span>}
      </h3>
      <dl className="info__list">
        <Row term="MAC">{adapter.mac}</Row>
        <Row term="Link">{adapter.linkUp ? 'up' : 'down'}</Row>
        <Row term="IPv4">{adapter.ipv4 ?? '—'}</Row>
        {adapter.kind === 'wifi' ? <Row term="SSID">{adapter.ssid ?? '—'}</Row> : null}
      </dl>
    </section>
  );
}

/** What a technician could read off the device: identity, hardware, network and clock. */
export function DeviceInfoPanel({ info }: { info: DeviceInfo | null }) {
  return (
    <aside className="info" aria-labelledby="device-info-title">
      <h2 id="device-info-title" className="info__title">
        Device information
      </h2>
      {info ? (
        <>
          <dl className="info__list">
            <Row term="Manufacturer">{info.manufacturer}</Row>
            <Row term="Model">{info.model}</Row>
            <Row term="Serial number">{info.serialNumber}</Row>
            <Row term="UUID">{info.uuid}</Row>
            <Row term="Windows">{info.windows}</Row>
            <Row term="TPM">{info.tpm}</Row>
          </dl>
          <h3 className="info__subheading">Network</h3>
          <dl className="info__list">
            <Row term="Internet">{info.internet ? 'yes' : 'no'}</Row>
            <Row term="Blocked endpoints">
              {info.blockedEndpoints.length === 0 ? (
                'none'
              ) : (
                <ul className="info__endpoints">
                  {info.blockedEndpoints.map((endpoint) => (
                    <li key={endpoint}>{endpoint}</li>
                  ))}
                </ul>
              )}
            </Row>
          </dl>
          {info.adapters.map((adapter) => (
            <Adapter key={adapter.mac || adapter.name} adapter={adapter} />
          ))}
          <h3 className="info__subheading">Clock</h3>
          <dl className="info__list">
            <Row term="Device time">{info.deviceTime}</Row>
            <Row term="Drift">{formatDrift(info.clockDriftMs)}</Row>
          </dl>
        </>
      ) : (
        <p className="info__empty">Waiting for the device…</p>
      )}
    </aside>
  );
}

import { z } from 'zod';
import { SERVICE_ENDPOINTS } from './network-constants';

// The list lives in a zod-free module the renderer can import (issue 16); re-exported here for old importers.
export { SERVICE_ENDPOINTS } from './network-constants';
export const serviceEndpointSchema = z.enum(SERVICE_ENDPOINTS);
export type { ServiceEndpoint } from './network-constants';

export const wifiNetworkSchema = z
  .object({
    ssid: z.string().min(1).max(32),
    security: z.enum(['Open', 'WPA2-Personal', 'WPA3-Personal', 'WPA2-Enterprise']).default('WPA2-Personal'),
    password: z.string().optional(),
    /** Signal strength in bars, 1–4. */
    signal: z.number().int().min(1).max(4).default(4),
    internet: z.boolean().default(true),
  })
  .strict();
export type WifiNetworkSetup = z.infer<typeof wifiNetworkSchema>;

/** The device's adapters and what is plugged in or in range at first boot. */
export const adaptersSchema = z
  .object({
    ethernet: z
      .object({
        present: z.boolean().default(true),
        cableConnected: z.boolean().default(false),
        internet: z.boolean().default(true),
      })
      .strict()
      .default({ present: true, cableConnected: false, internet: true }),
    wifi: z
      .object({ present: z.boolean().default(true), networks: z.array(wifiNetworkSchema).default([]) })
      .strict()
      .default({ present: true, networks: [] }),
  })
  .strict();

/** The site's network beyond the device: what is reachable, how fast, through what. */
export const environmentSchema = z
  .object({
    /** Endpoints cut by a firewall or DNS; everything else is reachable once there is internet. */
    blockedEndpoints: z.array(serviceEndpointSchema).default([]),
    latencyMs: z.number().int().min(0).max(10_000).default(40),
    bandwidthMbps: z.number().min(0.1).max(10_000).default(100),
    proxy: z
      .object({ kind: z.enum(['none', 'wpad', 'manual']).default('none'), address: z.string().optional() })
      .strict()
      .default({ kind: 'none' }),
    /** Hybrid join needs a domain controller (or a VPN to one). */
    domainControllerReachable: z.boolean().default(true),
  })
  .strict();

/**
 * The id of the JSON data block in which the web host hands the renderer's page the device's snapshot
 * as it serves it (electron/host/boot-snapshot.ts writes it, renderer/client/boot-snapshot.ts reads it).
 */
export const BOOT_SNAPSHOT_ID = 'device-snapshot';

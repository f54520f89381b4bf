import type { Fault } from './faults';
import type { RegData } from './records';

/** A fault the trainer armed for a virtual time (`fault.arm`): it waits on the device's clock. */
export interface ArmedFault {
  /** The clock timer's id; `fault.disarm` takes it. */
  id: number;
  atMs: number;
  fault: Fault;
}

/** One value of a registry key as regedit lists it (name '' is the key's default value). */
export type RegistryValueView = RegData & { name: string };

/** One key of the registry as the inspector browses it: its own path, its subkeys' names, its values. */
export interface RegistryKeyView {
  key: string;
  subkeys: string[];
  values: RegistryValueView[];
}

/** One entry of a folder of the device's file system. */
export interface FileEntryView {
  name: string;
  isDirectory: boolean;
  size: number;
  modified: number;
}

/** The events the session keeps since the device started (the trainer's timeline from the run's start). */
export const LOGGED_EVENTS = ['timeline', 'service:called', 'registry:changed', 'eventlog:written'] as const;
export type LoggedEventName = (typeof LOGGED_EVENTS)[number];
// LoggedEvent (one of these with its payload) is in contract.ts, beside EventPayloads: this file
// must not import the contract, which imports it (lint:cycles).

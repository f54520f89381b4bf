/** The contract's error shapes, without zod: clients (the renderer's too) import them. */
export const ERROR_CODES = [
  'invalid-envelope',
  'unknown-command',
  'invalid-payload',
  'command-failed',
  'invalid-scenario',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** For invalid payloads: each problem with its JSON path. */
  issues?: { path: string; message: string }[];
  /** For invalid scenarios: each problem with its file and JSON path. */
  problems?: { file: string; path: string; message: string }[];
}

/** Thrown by clients when a command comes back as an error. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly detail: ContractError,
  ) {
    super(`${command}: ${detail.message}`);
    this.name = 'CommandError';
  }
}

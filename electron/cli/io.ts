/** Where a command's output goes: the real streams in the bin, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

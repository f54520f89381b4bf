/**
 * Offers a file for download (a recording, a saved device, a report, a collected-logs archive),
 * without leaving the page. Text is saved as UTF-8; bytes as they are.
 */
export function download(fileName: string, content: string | Uint8Array<ArrayBuffer>, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** base64 (as the contract carries bytes) to bytes, without Node's Buffer. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

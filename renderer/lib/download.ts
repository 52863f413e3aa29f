// The one way a file leaves the renderer without a host dialog: a download of bytes held in
// memory (a Blob), with no server and no network. Used by the exports the browser host returns
// as bytes, packages, the register export and the recovery key's text file.

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser may still be reading it when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Saves a file the page made or fetched (a transcript, the journal). A plain link could not carry
// the Authorization header a transcript needs, and the journal is made in the page.
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

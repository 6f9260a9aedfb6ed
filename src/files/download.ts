// Handing a file to the browser's downloads: the fallback where the File
// System Access API is missing (every browser but Chromium's), and the way
// exports leave the app.

/** How long the object URL lives: long enough for a slow browser to start the download. */
const URL_LIFETIME_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

// When a library entry last changed, as people write it: "22 Nov 2026, 14:32"
// in the browser's own time zone. Months are spelt out here because en-GB's
// short form for September varies between browsers ("Sep", "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "22 Nov 2026, 14:32" for an ISO 8601 timestamp; the text itself if it is not one. */
export function lastChangedText(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return `${when.getDate()} ${MONTHS[when.getMonth()]} ${when.getFullYear()}, ${twoDigits(when.getHours())}:${twoDigits(when.getMinutes())}`;
}

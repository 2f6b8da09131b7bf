/**
 * An article's date as a reader writes it ("2 June 2025"), or as the file gives it when it is no date `Date`
 * reads. In UTC, so an article's day does not shift with the machine's time zone.
 */
export function readableDate(published: string): string {
  const d = new Date(published);
  return Number.isNaN(d.getTime()) ? published : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

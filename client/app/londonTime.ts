// Case records are kept in UK time whatever the device's clock says.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "22/11/2026 17:16" in Europe/London; the original text when it is not a date. */
export function formatLondonDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const part = Object.fromEntries(LONDON.formatToParts(date).map(({ type, value }) => [type, value]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}

/** "22/11/2026" from a calendar date "2026-11-22" (no time zone: it is a day, not an instant). */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate
}

/** Today's calendar date in London, as "yyyy-mm-dd" for date inputs. */
export function londonToday(): string {
  const part = Object.fromEntries(LONDON.formatToParts(new Date()).map(({ type, value }) => [type, value]))
  return `${part.year}-${part.month}-${part.day}`
}

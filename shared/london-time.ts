// Case records are kept in UTC and read in UK time, whatever the device's or server's clock says.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const partsOf = (date: Date) => Object.fromEntries(LONDON.formatToParts(date).map(({ type, value }) => [type, value]))

/** "22/11/2026 17:16" in Europe/London; the original text when it is not a date. */
export function formatLondonDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const part = partsOf(date)
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}

/** "22/11/2026" from a calendar date "2026-11-22" (no time zone: it is a day, not an instant). */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate
}

/** Today's calendar date in London, as "yyyy-mm-dd" (what date inputs and filters use). */
export function londonToday(now = new Date()): string {
  const part = partsOf(now)
  return `${part.year}-${part.month}-${part.day}`
}

/**
 * The instant a London calendar day ("2026-11-22") begins, as an ISO time; `daysLater` moves to a
 * later day first. UK clocks change at 01:00 UTC, so the offset in force at that day's 00:00 UTC
 * is the one in force at its London midnight (00:00 or 23:00 UTC the evening before).
 */
export function londonMidnight(calendarDate: string, daysLater = 0): string {
  const utcMidnight = new Date(`${calendarDate}T00:00:00Z`)
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + daysLater)
  // London is never behind UTC: at 00:00 UTC its clocks read 00:00 (GMT) or 01:00 (BST).
  const offsetHours = Number(partsOf(utcMidnight).hour)
  return new Date(utcMidnight.getTime() - offsetHours * 3_600_000).toISOString()
}

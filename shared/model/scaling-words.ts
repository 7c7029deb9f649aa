import { formatCalendarDate } from '../london-time.js'
import { MEETING_TYPE_NAMES, type Meeting } from './meetings.js'

/** How scaling is said in every view and export: one wording for a meeting and for a movement. */

/** "Family network meeting, 03/11/2026". */
export const meetingInWords = (meeting: Meeting | null | undefined) =>
  meeting ? `${MEETING_TYPE_NAMES[meeting.type]}, ${formatCalendarDate(meeting.date)}` : 'A meeting no longer on the map'

/** "up 3", "down 1", "no change". */
export function movementInWords(from: number, to: number): string {
  if (to === from) return 'no change'
  return to > from ? `up ${to - from}` : `down ${from - to}`
}

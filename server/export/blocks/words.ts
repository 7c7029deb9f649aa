import type { Audience } from '../../../shared/audience.js'
import { formatCalendarDate, formatLondonDateTime } from '../../../shared/london-time.js'
import { describePersonRef } from '../../../shared/model/case-map.js'
import { nameOf } from '../../../shared/model/pair-sentences.js'
import type { NextStepOwner, Person, PersonRef } from '../../../shared/model/schema.js'

/**
 * How an export says people and dates: professionals get a person's relationship or role beside
 * their name; the family's copy says names only, as their screen does (no agencies, no roles).
 */
export const personIn = (audience: Audience, ref: PersonRef | null, people: readonly Person[]): string =>
  ref === null ? 'Not recorded' : audience === 'family' ? nameOf(ref, people) : describePersonRef(ref, people as Person[])

export function ownerIn(audience: Audience, owner: NextStepOwner | null, people: readonly Person[]): string {
  if (owner === null) return audience === 'family' ? 'Not decided yet' : 'No owner yet'
  return 'agency' in owner ? owner.agency : personIn(audience, owner, people)
}

/**
 * "22/11/2026" for an instant, in UK time. A big map asks this of hundreds of cards, and the time
 * zone's formatter is slow; UK clocks change on a UTC hour, so every instant in one UTC hour falls
 * on the same UK day, and the day is worked out once per hour.
 */
export function dayOf(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return formatLondonDateTime(iso).slice(0, 10)
  const hour = Math.floor(time / HOUR)
  let day = DAYS.get(hour)
  if (day === undefined) {
    if (DAYS.size >= 10_000) DAYS.clear()
    day = formatLondonDateTime(new Date(hour * HOUR).toISOString()).slice(0, 10)
    DAYS.set(hour, day)
  }
  return day
}
const HOUR = 3_600_000
const DAYS = new Map<number, string>()
export const calendarDay = (isoDate: string) => formatCalendarDate(isoDate)

/** The member of staff behind an account id, by the person on the map they are. */
export const staffName = (userId: string, people: readonly Person[]) =>
  people.find((person) => person.userId === userId)?.name ?? 'a member of staff'

export const PERSON_GROUP_WORDS = { family: 'Family', network: 'Network', professional: 'Professional' } as const

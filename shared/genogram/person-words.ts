import { formatCalendarDate } from '../london-time.js'
import type { Person } from '../model/schema.js'

/** What is written in, above and beside a person's symbol, and how a screen reader names them. */

const yearOf = (date: string) => Number(date.slice(0, 4))

/** Whole years between a birth and a day, both "yyyy-mm-dd". */
function yearsBetween(from: string, to: string): number {
  const years = yearOf(to) - yearOf(from)
  return to.slice(5) < from.slice(5) ? years - 1 : years
}

/** Age today, or at death: exact from a date of birth, "~" before one worked out from an age given. */
export function ageText(person: Person, today: string): string | null {
  const birth = person.birth
  if (!birth || (person.kind ?? 'person') !== 'person') return null
  const end = person.died ? person.died.date : today
  if (end === null) return null
  if ('date' in birth) {
    const age = yearsBetween(birth.date, end)
    return age >= 0 ? String(age) : null
  }
  return `~${birth.approximateAge + yearsBetween(birth.givenOn, end)}`
}

export function birthYear(person: Person): number | null {
  const birth = person.birth
  if (!birth) return null
  return 'date' in birth ? yearOf(birth.date) : yearOf(birth.givenOn) - birth.approximateAge
}

/** Above the symbol: "b. 1988", or "1958–2019" for someone who has died. */
export function yearsText(person: Person): string | null {
  if ((person.kind ?? 'person') !== 'person') return null
  const born = birthYear(person)
  const approximate = person.birth && !('date' in person.birth) ? 'c. ' : ''
  if (person.died) {
    const died = person.died.date ? yearOf(person.died.date) : null
    if (born !== null && died !== null) return `${approximate}${born}–${died}`
    return died !== null ? `d. ${died}` : born !== null ? `${approximate}${born}–` : null
  }
  return born !== null ? `b. ${approximate}${born}` : null
}

/** The name as the family uses it: "Sophie Hale (Soph)". */
export const displayName = (person: Person) => (person.knownAs ? `${person.name} (${person.knownAs})` : person.name)

const KIND_NAMES = { pregnancy: 'Pregnancy', miscarriage: 'Miscarriage', stillbirth: 'Stillbirth' } as const

/** The accessible name of a person's symbol: who they are, in words. */
export function personTitle(person: Person, today: string, isChildOfMap: boolean): string {
  const kind = person.kind ?? 'person'
  const parts = [kind === 'person' ? displayName(person) : `${KIND_NAMES[kind]}: ${displayName(person)}`]
  if (person.relationship) parts.push(person.relationship)
  if (isChildOfMap) parts.push('one of the children this map is about')
  const birth = person.birth
  if (birth && 'date' in birth) parts.push(`born ${formatCalendarDate(birth.date)}`)
  const age = ageText(person, today)
  if (age !== null && !person.died) parts.push(age.startsWith('~') ? `about ${age.slice(1)} years old` : `${age} years old`)
  if (person.died) parts.push(person.died.date ? `died ${formatCalendarDate(person.died.date)}` : 'has died')
  return parts.join(', ')
}

/** Breaks words into at most `lines` lines of about `width` characters, with an ellipsis if cut. */
export function wrapWords(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const out: string[] = []
  let current = ''
  for (const word of words) {
    if (current && (current + ' ' + word).length > width) {
      out.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) out.push(current)
  if (out.length <= lines) return out.map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line))
  const kept = out.slice(0, lines)
  const last = kept[lines - 1]
  kept[lines - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`
  return kept
}

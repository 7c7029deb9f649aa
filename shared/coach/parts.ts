import type { CoachPerson, PersonRef } from './types.js'

/** A part counts as written once it has a letter or a digit in it: "-" or "..." is still a gap. */
export const isBlank = (text: string | null | undefined) => !text || !/[\p{L}\p{N}]/u.test(text)

/** Named people count once they are on the map's people list; unlisted names carry their own role. */
export const namesSomeone = (refs: readonly PersonRef[], people: readonly CoachPerson[]) =>
  refs.some((ref) => !('personId' in ref) || people.some((person) => person.id === ref.personId))

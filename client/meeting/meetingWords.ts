import { nameOf, type Person, type PersonRef } from '../../shared/model'

/** Someone at a meeting: "Sam Carter", or a guest as "Dr Amal Ahmed (GP)". */
export const attendeeName = (ref: PersonRef, people: readonly Person[]) => ('personId' in ref ? nameOf(ref, people) : `${ref.name} (${ref.role})`)

import type { Birth, ConsentToContact, Gender, Person, PersonDetails, PersonGroup, PersonKind, SafetyCircle } from '../../shared/model'

/** What the person form edits: the text of each field as typed, before it becomes a person. */
export interface PersonDraft {
  name: string
  knownAs: string
  relationship: string
  agency: string
  group: PersonGroup
  gender: Gender
  kind: PersonKind
  born: 'date' | 'age' | 'notKnown'
  bornOn: string | null
  /** The approximate age as typed; it says how old they are now, not when someone asked. */
  age: string
  hasDied: boolean
  diedOn: string | null
  householdId: string | null
  seesChild: string
  support: string
  circle: SafetyCircle | null
}

/** A person's fields as `addPerson` and `updatePerson` take them. */
export type PersonFields = Pick<
  Person,
  'name' | 'knownAs' | 'relationship' | 'agency' | 'group' | 'gender' | 'kind' | 'birth' | 'died' | 'householdId' | 'seesChild' | 'support' | 'circle'
>

export type DetailsDraft = Omit<PersonDetails, 'personId'>

/** An approximate age grows older: the age given on a day, plus the birthdays since. */
export function ageNow(birth: Extract<Birth, { approximateAge: number }>, today: string): number {
  const [givenYear, givenDay] = [Number(birth.givenOn.slice(0, 4)), birth.givenOn.slice(5)]
  const [year, day] = [Number(today.slice(0, 4)), today.slice(5)]
  return Math.max(0, birth.approximateAge + year - givenYear - (day < givenDay ? 1 : 0))
}

export function personDraft(person: Partial<Person>, today: string): PersonDraft {
  const birth = person.birth ?? null
  return {
    name: person.name ?? '',
    knownAs: person.knownAs ?? '',
    relationship: person.relationship ?? '',
    agency: person.agency ?? '',
    group: person.group ?? 'family',
    gender: person.gender ?? 'unknown',
    kind: person.kind ?? 'person',
    born: birth === null ? 'notKnown' : 'date' in birth ? 'date' : 'age',
    bornOn: birth && 'date' in birth ? birth.date : null,
    age: birth && 'approximateAge' in birth ? String(ageNow(birth, today)) : '',
    hasDied: Boolean(person.died),
    diedOn: person.died?.date ?? null,
    householdId: person.householdId ?? null,
    seesChild: person.seesChild ?? '',
    support: person.support ?? '',
    circle: person.circle ?? null,
  }
}

/**
 * The draft as a person's fields, or what is missing in plain words. An age nobody changed keeps
 * the day it was given, so it goes on growing from then.
 */
export function personFields(draft: PersonDraft, before: Partial<Person>, today: string): { fields: PersonFields } | { problem: string } {
  const name = draft.name.trim()
  if (!name) return { problem: 'Enter the person’s name.' }
  let birth: Birth | null = null
  if (draft.born === 'date') {
    if (!draft.bornOn) return { problem: 'Enter the date of birth, or choose another answer to “Born”.' }
    birth = { date: draft.bornOn }
  } else if (draft.born === 'age') {
    const age = Number(draft.age.trim())
    if (!/^\d{1,3}$/.test(draft.age.trim()) || age > 120) return { problem: 'Enter the approximate age as a whole number of years, up to 120.' }
    const earlier = before.birth && 'approximateAge' in before.birth ? before.birth : null
    birth = earlier && ageNow(earlier, today) === age ? earlier : { approximateAge: age, givenOn: today }
  }
  return {
    fields: {
      name,
      knownAs: draft.knownAs.trim(),
      relationship: draft.relationship.trim(),
      agency: draft.agency.trim(),
      group: draft.group,
      gender: draft.gender,
      kind: draft.kind,
      birth,
      died: draft.hasDied ? { date: draft.diedOn } : null,
      householdId: draft.householdId,
      seesChild: draft.seesChild.trim(),
      support: draft.support.trim(),
      circle: draft.circle,
    },
  }
}

export function detailsDraft(details: PersonDetails | null | undefined): DetailsDraft {
  return {
    area: details?.area ?? '',
    phone: details?.phone ?? '',
    consent: details?.consent ?? 'notAsked',
    consentOn: details?.consentOn ?? null,
    possibleKinshipCarer: details?.possibleKinshipCarer ?? false,
  }
}

/** The details as they are kept: no date of consent while nobody has asked. */
export function detailsFields(draft: DetailsDraft): DetailsDraft {
  const consent: ConsentToContact = draft.consent
  return { ...draft, area: draft.area.trim(), phone: draft.phone.trim(), consentOn: consent === 'notAsked' ? null : draft.consentOn }
}

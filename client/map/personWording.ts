import type { ConsentToContact, Gender, PersonKind, SafetyCircle } from '../../shared/model'

/** How the person form, the genogram panel and the network view name a person's field values. */
export const GENDER_NAMES: Record<Gender, string> = { female: 'Female', male: 'Male', unknown: 'Not known' }

export const PERSON_KIND_NAMES: Record<PersonKind, string> = {
  person: 'A person',
  pregnancy: 'A pregnancy',
  miscarriage: 'A miscarriage',
  stillbirth: 'A stillbirth',
}

/** The safety circles, each with what puts someone there. */
export const SAFETY_CIRCLE_NAMES: Record<SafetyCircle, { name: string; meaning: string }> = {
  inner: { name: 'Inner circle', meaning: 'Knows everything about the worries and will help' },
  middle: { name: 'Middle circle', meaning: 'Knows some of the worries and can help with some things' },
  outer: { name: 'Outer circle', meaning: 'Knows a little, or could help now and then' },
}

export const CONSENT_NAMES: Record<ConsentToContact, string> = {
  yes: 'Yes, the family agrees',
  no: 'No, the family does not agree',
  notAsked: 'Not asked yet',
}

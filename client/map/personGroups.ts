import type { PersonGroup } from '../../shared/model'

export const PERSON_GROUP_NAMES: Record<PersonGroup, string> = {
  family: 'Family',
  network: 'Network',
  professional: 'Professional',
}

/** Headings of the people list, one per group. */
export const PERSON_GROUP_HEADINGS: Record<PersonGroup, string> = {
  family: 'Family',
  network: 'Network',
  professional: 'Professionals',
}

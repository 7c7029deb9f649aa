import { formatCalendarDate } from '../../shared/london-time'
import type { Household, Person, PersonDetails } from '../../shared/model'
import { ageNow } from '../map/personDraft'
import { CONSENT_NAMES, GENDER_NAMES, PERSON_KIND_NAMES, SAFETY_CIRCLE_NAMES } from '../map/personWording'

/**
 * What the genogram's panel says about a person, as term and description pairs; only what is
 * known. Contact details come only when the professionals' layer gave them.
 */
export function personSummary(person: Person, households: readonly Household[], details: PersonDetails | null, today: string): [string, string][] {
  const lines: [string, string | false | null | undefined][] = [
    ['Relationship to the child, or role', person.relationship],
    ['This is', person.kind && person.kind !== 'person' && PERSON_KIND_NAMES[person.kind]],
    ['Gender', person.gender && GENDER_NAMES[person.gender]],
    person.birth && 'date' in person.birth ? ['Born', formatCalendarDate(person.birth.date)] : ['Age', person.birth && `About ${ageNow(person.birth, today)}`],
    ['Died', person.died && (person.died.date ? formatCalendarDate(person.died.date) : 'Date not known')],
    ['Household', person.householdId && households.find((household) => household.id === person.householdId)?.name],
    ['Sees the child', person.seesChild],
    ['Support they give', person.support],
    ['Safety circle', person.circle && SAFETY_CIRCLE_NAMES[person.circle].name],
  ]
  if (details) {
    lines.push(
      ['Area', details.area],
      ['Phone', details.phone],
      ['Family agrees to contact', CONSENT_NAMES[details.consent] + (details.consentOn ? ` (${formatCalendarDate(details.consentOn)})` : '')],
      ['Possible kinship carer', details.possibleKinshipCarer && 'Yes'],
    )
  }
  return lines.filter((line): line is [string, string] => typeof line[1] === 'string' && line[1] !== '')
}

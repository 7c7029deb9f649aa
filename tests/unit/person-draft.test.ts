import { describe, expect, it } from 'vitest'
import type { Person } from '../../shared/model/index.js'
import { ageNow, detailsDraft, detailsFields, personDraft, personFields } from '../../client/map/personDraft.js'

const TODAY = '2026-11-22'
const sophie: Person = {
  id: 'sophie',
  name: 'Sophie Hale',
  relationship: 'mother',
  agency: '',
  group: 'family',
  userId: null,
  knownAs: 'Soph',
  gender: 'female',
  birth: { approximateAge: 30, givenOn: '2025-06-01' },
  died: null,
  householdId: 'flat',
  circle: 'inner',
}

describe('the person form’s draft', () => {
  it('counts an approximate age on from the day it was given', () => {
    expect(ageNow({ approximateAge: 30, givenOn: '2025-06-01' }, '2026-05-31')).toBe(30)
    expect(ageNow({ approximateAge: 30, givenOn: '2025-06-01' }, '2026-06-01')).toBe(31)
  })

  it('gives back the same person when nothing is changed, keeping the day an age was given', () => {
    const result = personFields(personDraft(sophie, TODAY), sophie, TODAY)
    expect(result).toEqual({
      fields: {
        name: 'Sophie Hale',
        knownAs: 'Soph',
        relationship: 'mother',
        agency: '',
        group: 'family',
        gender: 'female',
        kind: 'person',
        birth: { approximateAge: 30, givenOn: '2025-06-01' },
        died: null,
        householdId: 'flat',
        seesChild: '',
        support: '',
        circle: 'inner',
      },
    })
  })

  it('records a changed age as given today, a date of birth as a date, and a death with or without its date', () => {
    const draft = personDraft(sophie, TODAY)
    expect(personFields({ ...draft, age: '35' }, sophie, TODAY)).toMatchObject({ fields: { birth: { approximateAge: 35, givenOn: TODAY } } })
    expect(personFields({ ...draft, born: 'date', bornOn: '1995-09-03' }, sophie, TODAY)).toMatchObject({ fields: { birth: { date: '1995-09-03' } } })
    expect(personFields({ ...draft, born: 'notKnown' }, sophie, TODAY)).toMatchObject({ fields: { birth: null } })
    expect(personFields({ ...draft, hasDied: true, diedOn: null }, sophie, TODAY)).toMatchObject({ fields: { died: { date: null } } })
  })

  it('says plainly what is missing instead of saving half a person', () => {
    const draft = personDraft({}, TODAY)
    expect(personFields(draft, {}, TODAY)).toEqual({ problem: 'Enter the person’s name.' })
    expect(personFields({ ...draft, name: 'Jack', born: 'date' }, {}, TODAY)).toHaveProperty('problem')
    expect(personFields({ ...draft, name: 'Jack', born: 'age', age: 'about six' }, {}, TODAY)).toHaveProperty('problem')
  })

  it('keeps no date of consent while nobody has asked the family', () => {
    const asked = { ...detailsDraft(null), consent: 'yes' as const, consentOn: '2026-10-20', phone: ' 07700 900142 ' }
    expect(detailsFields(asked)).toEqual({ area: '', phone: '07700 900142', consent: 'yes', consentOn: '2026-10-20', possibleKinshipCarer: false })
    expect(detailsFields({ ...asked, consent: 'notAsked' }).consentOn).toBeNull()
  })
})

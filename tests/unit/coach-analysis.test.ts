import { describe, expect, expectTypeOf, it } from 'vitest'
import { coachAnalysis, type Badge, type CoachInput, type CoachPerson, type DangerStatement } from '../../shared/coach/index.js'
import type { CaseMap } from '../../shared/model/case-map.js'

const people: CoachPerson[] = [
  { id: 'ellie', name: 'Ellie Hale', group: 'family' },
  { id: 'jack', name: 'Jack Hale', group: 'family' },
  { id: 'sophie', name: 'Sophie Hale', group: 'family' },
  { id: 'dean', name: 'Dean Marsh', group: 'family' },
  { id: 'maureen', name: 'Maureen Hale', group: 'network' },
  { id: 'tasha', name: 'Tasha Green', group: 'network' },
  { id: 'priya', name: 'Priya Shah', group: 'professional' },
  { id: 'gareth', name: 'Gareth Owusu', group: 'professional' },
  { id: 'lin', name: 'Lin Roberts', group: 'professional' },
]

/** The Hale family's map as a practitioner who knows the practice would write it. */
const goodMap: CoachInput = {
  today: '2026-12-01',
  people,
  statements: [
    {
      id: 'drinking',
      worried: [{ personId: 'priya' }, { personId: 'gareth' }],
      behaviour: 'When Dean has been drinking he shouts at Sophie and grabs her.',
      fear: 'Ellie and Jack could be hurt if they are near, and will keep being frightened at home.',
      linkedCardIds: ['bruise', 'hiding'],
      goal: {
        different: 'Ellie and Jack are looked after by a sober adult every day and night, away from any shouting.',
        convinced: [{ personId: 'priya' }, { personId: 'gareth' }, { personId: 'maureen' }],
        howLong: 'six months',
        evidence: "Maureen or Tasha stays over when Sophie works nights. If Dean comes home drunk, the children go to Maureen's.",
        networkPersonIds: ['maureen', 'tasha'],
      },
    },
    {
      id: 'health',
      worried: [{ personId: 'lin' }],
      behaviour: 'Jack has missed two health checks since June, and his talking is behind other three-year-olds.',
      fear: 'Jack may not get the help he needs to talk and play like other children.',
      linkedCardIds: ['missed-checks'],
      goal: {
        different: 'Jack goes to every health check, and someone reads and plays with him each day.',
        convinced: [{ personId: 'lin' }],
        howLong: '',
        evidence: 'Sophie or Maureen takes Jack to each check until his check in March. Lin hears him say new words each time she sees him.',
        networkPersonIds: ['maureen'],
      },
    },
  ],
  bottomLines: [
    {
      id: 'alone',
      statementId: 'drinking',
      condition: 'Dean does not look after Ellie and Jack on his own.',
      contingency: 'If he does, Priya will ask a court to decide where the children live.',
    },
  ],
  nextSteps: [
    {
      id: 'plan',
      action: 'Meet Sophie, Maureen and Tasha to start a safety plan for the nights Sophie works.',
      owner: { personId: 'priya' },
      due: '2026-12-05',
      statementId: 'drinking',
      status: 'open',
    },
    { id: 'checks', action: 'Book Jack a health check.', owner: { agency: 'Community Health' }, due: '2026-11-20', statementId: 'health', status: 'done' },
  ],
}

/** The same family's map as it too often starts: labels, services and gaps. */
const badMap: CoachInput = {
  today: '2026-12-01',
  people,
  statements: [
    {
      id: 'dv',
      worried: [],
      behaviour: 'Concerns re DV and neglect, parents non-engaging with CIN plan.',
      fear: '',
      linkedCardIds: [],
      goal: {
        different: 'Parents to engage with services and attend a parenting course.',
        convinced: [],
        howLong: '',
        evidence: 'Dean to complete the Freedom Programme. Safeguarding concerns to be reduced.',
        networkPersonIds: [],
      },
    },
    {
      id: 'home',
      worried: [{ personId: 'lin' }],
      behaviour: 'Home conditions are chaotic.',
      fear: 'Jack is at risk.',
      linkedCardIds: [],
      goal: { different: '', convinced: [], howLong: '', evidence: '', networkPersonIds: [] },
    },
  ],
  bottomLines: [{ id: 'no-dv', statementId: 'dv', condition: 'No further DV incidents.', contingency: '' }],
  nextSteps: [
    { id: 'refer', action: 'Refer Dean to the alcohol service.', owner: null, due: null, statementId: null, status: 'open' },
    { id: 'visit', action: 'Joint home visit with the HV.', owner: { personId: 'priya' }, due: '2026-11-20', statementId: 'home', status: 'open' },
  ],
}

const summary = (badges: Badge[]) => badges.map(({ subject, check }) => [subject.kind, subject.id ?? '', subject.part ?? '', check].join(' '))

describe('coaching a whole map', () => {
  it('has nothing to say about a map written the way the practice asks', () => {
    expect(coachAnalysis(goodMap)).toEqual([])
  })

  it('flags every gap, label and service in a map that needs work, overdue steps first', () => {
    expect(summary(coachAnalysis(badMap))).toEqual([
      'nextStep visit due overdue',
      'statement dv worried missing-part',
      'statement dv fear missing-part',
      'statement dv behaviour jargon',
      'statement dv behaviour jargon',
      'statement dv behaviour jargon',
      'statement dv behaviour jargon',
      'statement dv behaviour vague-word',
      'goal dv convinced missing-part',
      'goal dv howLong no-time-period',
      'goal dv networkPersonIds no-network',
      'goal dv different service-language',
      'goal dv evidence service-language',
      'goal dv evidence jargon',
      'statement home behaviour vague-word',
      'statement home behaviour vague-word',
      'statement home fear vague-word',
      'statement home goal no-goal',
      'bottomLine no-dv contingency missing-part',
      'bottomLine no-dv condition jargon',
      'nextStep refer owner missing-part',
      'nextStep refer due missing-part',
      'nextStep visit action jargon',
    ])
  })

  it('says what to do in every badge', () => {
    for (const { message } of coachAnalysis(badMap)) {
      expect(message).toMatch(/\b(say|name|give|write|add|aim for|mark it done|merge)\b/i)
    }
  })

  it('flags a fifth statement on the map', () => {
    const five = [1, 2, 3, 4, 5].map((n): DangerStatement => ({ ...goodMap.statements[0], id: `s${n}` }))
    expect(summary(coachAnalysis({ ...goodMap, statements: five }))).toEqual(['map   too-many-statements'])
  })

  it("takes a council's reading level and its own jargon", () => {
    const plainWords = [{ term: 'sober', say: 'say "not drinking"' }]
    expect(summary(coachAnalysis(goodMap, { plainWords }))).toEqual(['goal drinking different jargon'])
    // Only the one field of 20 words or more is scored, however strict the council.
    expect(summary(coachAnalysis(goodMap, { readabilityGrade: 0 }))).toEqual(['goal health evidence readability'])
  })

  it('reads the map that shared/model reads, with today added', () => {
    expectTypeOf<CaseMap & { today: string }>().toExtend<CoachInput>()
  })
})

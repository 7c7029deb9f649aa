import { describe, expect, it } from 'vitest'
import {
  findServiceLanguage,
  goalMissingParts,
  goalServiceLanguage,
  goalNamesAChild,
  goalWithoutNetwork,
  goalWithoutTimePeriod,
  hasTimePeriod,
  type CoachPerson,
  type SafetyGoal,
} from '../../shared/coach/index.js'

const people: CoachPerson[] = [
  { id: 'sophie', name: 'Sophie Hale', group: 'family' },
  { id: 'maureen', name: 'Maureen Hale', group: 'network' },
  { id: 'tasha', name: 'Tasha Green', group: 'network' },
  { id: 'priya', name: 'Priya Shah', group: 'professional' },
  { id: 'gareth', name: 'Gareth Owusu', group: 'professional' },
  { id: 'ellie', name: 'Ellie Hale', group: 'family' },
]

const goodGoal: SafetyGoal = {
  different: 'Ellie and Jack are looked after by a sober adult every day and night, away from any shouting.',
  convinced: [{ personId: 'priya' }, { personId: 'gareth' }, { personId: 'maureen' }],
  howLong: 'six months',
  evidence: "Maureen or Tasha stays over on the nights Sophie works. If Dean comes home drunk, Sophie takes the children to Maureen's flat.",
  networkPersonIds: ['maureen', 'tasha'],
}
const checks = (goal: SafetyGoal) => [
  ...goalMissingParts(goal, 's1', people),
  ...goalWithoutTimePeriod(goal, 's1'),
  ...goalWithoutNetwork(goal, 's1', people, []),
  ...goalNamesAChild(goal, 's1', people, []),
  ...goalServiceLanguage(goal, 's1'),
]

describe('a safety goal', () => {
  it('written the way the practice asks has no badges', () => {
    expect(checks(goodGoal)).toEqual([])
  })

  it.each([
    ['different', { different: '  ' }],
    ['convinced', { convinced: [] }],
    ['convinced', { convinced: [{ personId: 'someone-removed' }] }],
    ['evidence', { evidence: '...' }],
  ])('asks for its missing part %s', (part, change) => {
    expect(goalMissingParts({ ...goodGoal, ...change }, 's1', people)).toEqual([
      { subject: { kind: 'goal', id: 's1', part }, check: 'missing-part', message: expect.stringMatching(/^(Say|Name) /) },
    ])
  })

  it('counts someone convinced who is not on the people list but is named with a role', () => {
    expect(goalMissingParts({ ...goodGoal, convinced: [{ name: 'Dr Amir Khan', role: 'family GP' }] }, 's1', people)).toEqual([])
  })
})

describe('a goal with no time period', () => {
  const timeless = { ...goodGoal, howLong: '' }

  it.each([
    ['says nothing of time', 'Ellie and Jack are looked after by a sober adult.'],
    ['says "until" something that is not a time', 'Dean does not look after the children until he stops drinking.'],
    ['gives only how often', 'Maureen visits twice a week and on the nights Sophie works.'],
  ])('is flagged when it %s', (_kind, different) => {
    expect(goalWithoutTimePeriod({ ...timeless, different, evidence: 'Sophie keeps the children safe.' }, 's1')).toEqual([
      {
        subject: { kind: 'goal', id: 's1', part: 'howLong' },
        check: 'no-time-period',
        message: 'Say for how long this needs to keep happening, for example "for the next six months".',
      },
    ])
  })

  it.each([
    'Ellie and Jack are looked after by a sober adult for the next six months.',
    'Maureen stays over on the nights Sophie works, until March.',
    'Over the next 12 weeks, Dean only sees the children at Maureen\'s flat.',
    'The children are cared for by a sober adult for at least a year.',
    'Sophie keeps to the plan until 30/04/2027.',
    'Ellie gets to school on time every day for the rest of the school year.',
    'The network keeps the plan going until the review.',
  ])('is not flagged when the goal says %j', (different) => {
    expect(hasTimePeriod(different)).toBe(true)
    expect(goalWithoutTimePeriod({ ...timeless, different }, 's1')).toEqual([])
  })

  it('is not flagged when "for how long" is filled in', () => {
    expect(goalWithoutTimePeriod({ ...goodGoal, different: 'Ellie and Jack are safe.' }, 's1')).toEqual([])
  })
})

describe('a goal with no safety network', () => {
  it.each([
    ['names no one', []],
    ['names only people no longer on the map', ['someone-removed']],
    ['names only professionals', ['priya', 'gareth']],
    ['names only the child the map is about', ['ellie']],
    ['names the child and a professional', ['ellie', 'priya']],
  ])('is flagged when it %s', (_kind, networkPersonIds) => {
    expect(goalWithoutNetwork({ ...goodGoal, networkPersonIds }, 's1', people, ['ellie'])).toEqual([
      { subject: { kind: 'goal', id: 's1', part: 'networkPersonIds' }, check: 'no-network', message: expect.stringMatching(/^(Name|Add|The safety network)/) },
    ])
  })

  it.each([
    ['family and friends', ['maureen', 'tasha']],
    ['a friend alongside a professional', ['priya', 'tasha']],
    ['a parent', ['sophie']],
  ])('is not flagged when it names %s', (_kind, networkPersonIds) => {
    expect(goalWithoutNetwork({ ...goodGoal, networkPersonIds }, 's1', people, ['ellie'])).toEqual([])
  })
})

describe('a child in the safety network', () => {
  it.each([
    ['the child alone', ['ellie']],
    ['the child beside their grandmother', ['ellie', 'maureen']],
  ])('is asked to be taken out when the network names %s', (_kind, networkPersonIds) => {
    expect(goalNamesAChild({ ...goodGoal, networkPersonIds }, 's1', people, ['ellie'])).toEqual([
      {
        subject: { kind: 'goal', id: 's1', part: 'networkPersonIds' },
        check: 'child-in-network',
        message: 'Take Ellie Hale out of the safety network: a safety network is the adults who will keep the children safe, and Ellie Hale is one of the children.',
      },
    ])
  })

  it('is not flagged for a family member the map is not about', () => {
    expect(goalNamesAChild({ ...goodGoal, networkPersonIds: ['sophie'] }, 's1', people, ['ellie'])).toEqual([])
  })
})

describe('a goal that describes attending services', () => {
  it.each([
    ['Dean will attend a parenting course.', 'attend a parenting course'],
    ['Sophie will engage with services.', 'engage with'],
    ['Dean will engage fully with the alcohol team.', 'engage fully with'],
    ['Dean will complete the Freedom Programme.', 'complete the Freedom Programme'],
    ['Parents to comply with the child protection plan.', 'comply with'],
    ['Sophie and Dean will work openly with professionals.', 'work openly with professionals'],
    ['The family will be supported through a CIN plan.', 'be supported through a CIN plan'],
    ['Dean will attend all his alcohol service appointments.', 'attend all his alcohol service'],
    ['Dean will access support for his drinking.', 'access support'],
    ['Sophie will accept the support offered.', 'accept the support offered'],
    ['Dean will complete direct work with Priya about his drinking.', 'complete direct work'],
  ])('is flagged for %j', (evidence, phrase) => {
    expect(findServiceLanguage(evidence)[0]).toBe(phrase)
    expect(goalServiceLanguage({ ...goodGoal, evidence }, 's1')).toEqual([
      {
        subject: { kind: 'goal', id: 's1', part: 'evidence' },
        check: 'service-language',
        message: `"${phrase}" names a service. Say what you need to see: describe what the family will be doing, not the service they will attend.`,
      },
    ])
  })

  it.each([
    'Ellie will attend school every day and be on time.',
    'Maureen is going to support Sophie on the nights she works.',
    'Sophie will accept help from Maureen and Tasha with bedtimes.',
    'Sophie will work with Maureen to plan who has the children each week.',
    'Sophie takes Jack to all his health checks, and Lin sees him grow.',
    "Dean only sees the children when he is sober, at Maureen's flat.",
    'Sophie will complete the school trip forms on time.',
    'Maureen will attend to Jack at night and support Sophie.',
    'Dean will complete his shift work and come home sober.',
  ])('is not flagged for %j', (different) => {
    expect(goalServiceLanguage({ ...goodGoal, different }, 's1')).toEqual([])
  })
})

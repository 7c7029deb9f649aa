import { describe, expect, it } from 'vitest'
import { statementMissingParts, statementWithoutGoal, tooManyStatements, type CoachPerson, type DangerStatement } from '../../shared/coach/index.js'

const people: CoachPerson[] = [
  { id: 'priya', name: 'Priya Shah', group: 'professional' },
  { id: 'gareth', name: 'Gareth Owusu', group: 'professional' },
  { id: 'maureen', name: 'Maureen Hale', group: 'network' },
]

const statement = (id: string, change: Partial<DangerStatement> = {}): DangerStatement => ({
  id,
  worried: [{ personId: 'priya' }, { personId: 'gareth' }],
  behaviour: 'When Dean has been drinking he shouts at Sophie and grabs her.',
  fear: 'Ellie and Jack could be hurt if they are near, and will keep being frightened at home.',
  linkedCardIds: [],
  goal: {
    different: 'Ellie and Jack are looked after by a sober adult every day and night.',
    convinced: [{ personId: 'priya' }],
    howLong: 'six months',
    evidence: "Maureen stays over on the nights Sophie works.",
    networkPersonIds: ['maureen'],
  },
  ...change,
})

describe('a danger statement', () => {
  it('with who is worried, the behaviour and the fear has no missing parts', () => {
    expect(statementMissingParts(statement('s1'), people)).toEqual([])
    expect(statementMissingParts(statement('s1', { worried: [{ name: 'PC Dana Whitfield', role: 'police officer' }] }), people)).toEqual([])
  })

  it.each([
    ['worried', { worried: [] }, 'Name who is worried, each with their role: the social worker, the class teacher, a grandparent.'],
    ['worried', { worried: [{ personId: 'someone-removed' }] }, 'Name who is worried, each with their role: the social worker, the class teacher, a grandparent.'],
    ['behaviour', { behaviour: '' }, 'Say what someone does, or what is happening, that people are worried about.'],
    ['fear', { fear: ' - ' }, 'Say what could happen to the child if nothing changes.'],
  ])('asks for its missing part %s', (part, change, message) => {
    expect(statementMissingParts(statement('s1', change), people)).toEqual([{ subject: { kind: 'statement', id: 's1', part }, check: 'missing-part', message }])
  })

  it('with nothing yet in its goal asks for the goal', () => {
    const empty = { different: '', convinced: [], howLong: '', evidence: '', networkPersonIds: [] }
    expect(statementWithoutGoal(statement('s1', { goal: empty }))).toEqual([
      {
        subject: { kind: 'statement', id: 's1', part: 'goal' },
        check: 'no-goal',
        message: 'Write the goal that goes with this statement: what will be happening differently for the child, and who needs to see it.',
      },
    ])
  })

  it('with a goal begun is not told it has no goal', () => {
    const begun = { different: '', convinced: [], howLong: 'six months', evidence: '', networkPersonIds: [] }
    expect(statementWithoutGoal(statement('s1', { goal: begun }))).toEqual([])
    expect(statementWithoutGoal(statement('s1'))).toEqual([])
  })
})

describe('how many statements a map has', () => {
  const ids = ['s1', 's2', 's3', 's4', 's5']

  it('is fine at four', () => {
    expect(tooManyStatements(ids.slice(0, 4).map((id) => statement(id)))).toEqual([])
  })

  it('is flagged at five, suggesting linked ones be merged', () => {
    expect(tooManyStatements(ids.map((id) => statement(id)))).toEqual([
      {
        subject: { kind: 'map' },
        check: 'too-many-statements',
        message: 'There are 5 statements; aim for no more than 4. Merge statements about linked worries into one.',
      },
    ])
  })

  it('names two statements that draw on the same cards as the ones to merge', () => {
    const statements = ids.map((id) => statement(id, { linkedCardIds: [`harm-${id}`] }))
    statements[1] = statement('s2', { linkedCardIds: ['bruise', 'police-call'] })
    statements[3] = statement('s4', { linkedCardIds: ['missed-health-checks', 'police-call'] })
    expect(tooManyStatements(statements)[0].message).toBe(
      'There are 5 statements; aim for no more than 4. Statements 2 and 4 draw on the same cards: could they be one?',
    )
  })
})

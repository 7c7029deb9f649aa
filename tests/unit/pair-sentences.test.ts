import { describe, expect, it } from 'vitest'
import type { Framework } from '../../shared/framework.js'
import { goalSentence, listInWords, statementSentence, type DangerStatement, type PairReading, type Person } from '../../shared/model/index.js'

const person = (id: string, name: string, group: Person['group'], relationship = ''): Person => ({ id, name, relationship, agency: '', group, userId: null })
const people = [
  person('priya', 'Priya Shah', 'professional', 'social worker'),
  person('maureen', 'Maureen Hale', 'network', 'maternal grandmother'),
  person('tasha', 'Tasha Green', 'network', 'friend'),
  person('ellie', 'Ellie Hale', 'family', 'child'),
  person('jack', 'Jack Hale', 'family', 'child'),
]
const reading = (framework: Framework = 'safety', childIds = ['ellie']): PairReading => ({ people, childIds, framework })

type StatementParts = Pick<DangerStatement, 'worried' | 'behaviour' | 'fear'>
const statement = (parts: Partial<StatementParts>): StatementParts => ({ worried: [], behaviour: '', fear: '', ...parts })
const goal = (parts: Partial<DangerStatement['goal']>): DangerStatement['goal'] => ({
  different: '',
  convinced: [],
  howLong: '',
  evidence: '',
  networkPersonIds: [],
  ...parts,
})

describe('a danger statement read as one plain sentence', () => {
  it.each([
    [
      'two people, one on the map and one unlisted',
      statement({
        worried: [{ personId: 'priya' }, { name: 'Gareth Owusu', role: 'class teacher' }],
        behaviour: 'Dean shouts at Sophie and grabs her arm when he has been drinking.',
        fear: 'Ellie will be hurt, or too frightened to sleep.',
      }),
      'Priya Shah and Gareth Owusu are worried that Dean shouts at Sophie and grabs her arm when he has been drinking, and that Ellie will be hurt, or too frightened to sleep.',
    ],
    [
      'one person; parts that open with "When" and "She" read on mid-sentence; a name keeps its capital',
      statement({ worried: [{ personId: 'maureen' }], behaviour: 'When Dean drinks he drives with the children.', fear: 'She thinks they will be in a crash!' }),
      'Maureen Hale is worried that when Dean drinks he drives with the children, and that she thinks they will be in a crash.',
    ],
    [
      'three people, listed the way people say them',
      statement({ worried: [{ personId: 'priya' }, { personId: 'maureen' }, { personId: 'tasha' }], behaviour: 'Dean shouts', fear: 'Ellie is hurt' }),
      'Priya Shah, Maureen Hale and Tasha Green are worried that Dean shouts, and that Ellie is hurt.',
    ],
    ['no one named yet, and nothing written', statement({}), 'We are worried that …, and that …'],
    [
      'someone removed from the map since, and spacing pasted in',
      statement({ worried: [{ personId: 'gone' }], behaviour: '  Dean   shouts\n at Sophie. ', fear: 'Ellie is hurt' }),
      'Someone no longer on the map is worried that Dean shouts at Sophie, and that Ellie is hurt.',
    ],
  ])('%s', (_case, parts, expected) => {
    expect(statementSentence(parts, reading())).toBe(expected)
  })

  it('reads the same under every framework: only what the statement is called changes', () => {
    const parts = statement({ worried: [{ personId: 'maureen' }], behaviour: 'Sophie is exhausted with no break', fear: 'Jack will not get the care he needs' })
    const sentences = (['safety', 'wellbeing', 'success'] as const).map((framework) => statementSentence(parts, reading(framework)))
    expect(new Set(sentences).size).toBe(1)
  })
})

describe('a goal read as plain sentences', () => {
  const whole = goal({
    different: 'Ellie is looked after by a sober adult every day and night.',
    convinced: [{ personId: 'priya' }],
    howLong: 'six months',
    evidence: 'Maureen or Tasha stays over on the nights Sophie works.',
    networkPersonIds: ['maureen', 'tasha'],
  })

  it.each([
    [
      'Signs of Safety, one child',
      whole,
      reading('safety'),
      'Ellie is looked after by a sober adult every day and night. To know Ellie Hale is safe enough for this map to close, Priya Shah needs to see Maureen or Tasha stays over on the nights Sophie works, for six months. Maureen Hale and Tasha Green will help.',
    ],
    [
      'Signs of Wellbeing, two children, two people to convince',
      { ...whole, convinced: [{ personId: 'priya' }, { name: 'Dr Amir Khan', role: 'GP' }] },
      reading('wellbeing', ['ellie', 'jack']),
      'Ellie is looked after by a sober adult every day and night. To know Ellie Hale and Jack Hale are healthy and well, so this map can close, Priya Shah and Dr Amir Khan need to see Maureen or Tasha stays over on the nights Sophie works, for six months. Maureen Hale and Tasha Green will help.',
    ],
    [
      'Signs of Success, no children recorded',
      whole,
      reading('success', []),
      'Ellie is looked after by a sober adult every day and night. To know the child is doing well, so this map can close, Priya Shah needs to see Maureen or Tasha stays over on the nights Sophie works, for six months. Maureen Hale and Tasha Green will help.',
    ],
    [
      'nothing written yet: every gap shows',
      goal({}),
      reading('safety'),
      '… To know Ellie Hale is safe enough for this map to close, we need to see …, for … … will help.',
    ],
    [
      'what we need to see opens with "Every", and the network names someone since removed',
      { ...whole, evidence: 'Every night Sophie works, Maureen stays over.', networkPersonIds: ['gone'] },
      reading('safety'),
      'Ellie is looked after by a sober adult every day and night. To know Ellie Hale is safe enough for this map to close, Priya Shah needs to see every night Sophie works, Maureen stays over, for six months. Someone no longer on the map will help.',
    ],
  ])('%s', (_case, parts, how, expected) => {
    expect(goalSentence(parts, how)).toBe(expected)
  })
})

describe('a list of names in words', () => {
  it.each([
    [[], ''],
    [['Maureen'], 'Maureen'],
    [['Maureen', 'Tasha'], 'Maureen and Tasha'],
    [['Priya', 'Maureen', 'Tasha'], 'Priya, Maureen and Tasha'],
  ])('%j reads "%s"', (names, expected) => {
    expect(listInWords(names)).toBe(expected)
  })
})

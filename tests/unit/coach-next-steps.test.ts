import { describe, expect, it } from 'vitest'
import { bottomLineMissingParts, nextStepMissingParts, nextStepOverdue, type BottomLine, type CoachPerson, type NextStep } from '../../shared/coach/index.js'

const people: CoachPerson[] = [{ id: 'priya', name: 'Priya Shah', group: 'professional' }]
const today = '2026-12-01'

const step = (change: Partial<NextStep> = {}): NextStep => ({
  id: 'n1',
  action: 'Meet Sophie, Maureen and Tasha to start a safety plan for the nights Sophie works.',
  owner: { personId: 'priya' },
  due: '2026-11-28',
  statementId: 's1',
  status: 'open',
  ...change,
})

describe('an overdue next step', () => {
  it('stands out when it is open and its date has passed, naming who to agree a new date with', () => {
    expect(nextStepOverdue(step(), today, people)).toEqual([
      {
        subject: { kind: 'nextStep', id: 'n1', part: 'due' },
        check: 'overdue',
        message: 'This was due on 28 November 2026 and is still open: mark it done, or agree a new date with Priya Shah.',
      },
    ])
  })

  it.each([
    ['an agency', { agency: 'Oakfield Primary School' }, 'with Oakfield Primary School.'],
    ['an unlisted person', { name: 'Dr Amir Khan', role: 'family GP' }, 'with Dr Amir Khan.'],
    ['no one yet', null, 'agree a new date.'],
  ])('owned by %s says who to ask', (_kind, owner, ending) => {
    expect(nextStepOverdue(step({ owner }), today, people)[0].message.endsWith(ending)).toBe(true)
  })

  it.each([
    ['due today', step({ due: today })],
    ['due next week', step({ due: '2026-12-08' })],
    ['done', step({ status: 'done' })],
    ['dropped', step({ status: 'dropped' })],
    ['undated', step({ due: null })],
  ])('is not flagged when %s', (_kind, late) => {
    expect(nextStepOverdue(late, today, people)).toEqual([])
  })
})

describe('a next step with a missing part', () => {
  it('is complete with an action, an owner and a date, whether or not it names a statement', () => {
    expect(nextStepMissingParts(step())).toEqual([])
    expect(nextStepMissingParts(step({ statementId: null, owner: { agency: 'Community Health' } }))).toEqual([])
  })

  it.each([
    ['action', { action: '' }, 'Say what will be done, in a few plain words.'],
    ['owner', { owner: null }, 'Say who will do this: a person, or an agency.'],
    ['owner', { owner: { agency: ' ' } }, 'Say who will do this: a person, or an agency.'],
    ['due', { due: null }, 'Give this step a date to be done by.'],
  ])('asks for its %s', (part, change, message) => {
    expect(nextStepMissingParts(step(change))).toEqual([{ subject: { kind: 'nextStep', id: 'n1', part }, check: 'missing-part', message }])
  })

  it('is left alone once it is done or dropped', () => {
    expect(nextStepMissingParts(step({ status: 'done', owner: null, due: null }))).toEqual([])
    expect(nextStepMissingParts(step({ status: 'dropped', action: '' }))).toEqual([])
  })
})

describe('a bottom line', () => {
  const bottomLine: BottomLine = {
    id: 'b1',
    statementId: 's1',
    condition: 'Dean does not look after Ellie and Jack on his own.',
    contingency: 'If he does, Priya will ask a court to decide where the children live.',
  }

  it('with a condition and a contingency is complete', () => {
    expect(bottomLineMissingParts(bottomLine)).toEqual([])
  })

  it.each([
    ['condition', { condition: '' }, "Say what must happen, as the agency's condition for how the goal is reached."],
    ['contingency', { contingency: '  ' }, 'Say what will happen if this bottom line is not met.'],
  ])('asks for its missing %s', (part, change, message) => {
    expect(bottomLineMissingParts({ ...bottomLine, ...change })).toEqual([{ subject: { kind: 'bottomLine', id: 'b1', part }, check: 'missing-part', message }])
  })
})

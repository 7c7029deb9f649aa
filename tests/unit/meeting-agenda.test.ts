import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FRAMEWORKS } from '../../shared/framework.js'
import {
  AGENDA_STEPS,
  agendaFor,
  MEETING_TYPES,
  neighbourStep,
  readMeetings,
  runningMeeting,
  stepLabel,
  watchLayerChanges,
  writeMeeting,
  type Meeting,
} from '../../shared/model/index.js'

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  type: 'core-group',
  date: '2026-11-17',
  facilitator: { personId: 'p1' },
  present: [{ name: 'Dr Ahmed', role: 'GP' }],
  startedBy: 'u1',
  startedAt: '2026-11-17T10:00:00.000Z',
  ...overrides,
})

describe('a meeting’s agenda', () => {
  it('runs group supervision from the genogram through what we know, the statements and scaling to best questions and next steps', () => {
    expect(agendaFor('group-supervision')).toEqual(['genogram', 'what-we-know', 'statements', 'scaling', 'best-questions'])
  })

  it('has a family network meeting share the draft statements, scale, find who can help with what, then build the plan and next steps', () => {
    expect(agendaFor('family-network-meeting')).toEqual(['statements', 'scaling', 'network', 'plan', 'next-steps'])
  })

  it('starts every core group, care team and team around the family by sharing the statements and rescaling them', () => {
    for (const type of ['core-group', 'care-team', 'team-around-the-family'] as const) {
      expect(agendaFor(type), type).toEqual(['statements', 'scaling', 'progress', 'changes', 'next-steps'])
    }
  })

  it('gives every kind of meeting steps of its own, each step once', () => {
    for (const type of MEETING_TYPES) {
      const agenda = agendaFor(type)
      expect(agenda.length, type).toBeGreaterThan(1)
      expect(new Set(agenda).size, type).toBe(agenda.length)
    }
  })

  it('says every step in plain words on the family’s screen, without the practice’s terms', () => {
    for (const framework of FRAMEWORKS) {
      for (const step of AGENDA_STEPS) {
        const plain = stepLabel(step, framework, 'family')
        expect(plain, step).not.toMatch(/genogram|statement|goal|scal|bottom line/i)
        expect(plain.length, step).toBeGreaterThan(0)
      }
    }
    expect(stepLabel('statements', 'safety', 'professional')).toBe('Danger statements and safety goals')
    expect(stepLabel('statements', 'wellbeing', 'professional')).toBe('Worry statements and wellbeing goals')
    expect(stepLabel('next-steps', 'safety', 'family')).toBe('Who will do what next')
  })

  it('knows the step before and after, and nothing past either end', () => {
    expect(neighbourStep('core-group', 'statements', 'next')).toBe('scaling')
    expect(neighbourStep('core-group', 'statements', 'previous')).toBeNull()
    expect(neighbourStep('core-group', 'next-steps', 'next')).toBeNull()
    expect(neighbourStep('core-group', 'genogram', 'next')).toBeNull()
  })
})

describe('meetings in the record layer', () => {
  it('still reads a meeting recorded before meetings ran on screen, as one that is not running', () => {
    const record = new Y.Doc()
    record.getMap('meetings').set('m1', meeting({ type: 'family-network-meeting' }))
    expect(readMeetings(record)).toEqual([meeting({ type: 'family-network-meeting' })])
    expect(runningMeeting(readMeetings(record))).toBeNull()
  })

  it('follows the latest started of the meetings still running', () => {
    const flow = { step: 'statements', stepStartedAt: '2026-11-17T10:00:00.000Z', movedBy: 'u1', timers: {} } as const
    const meetings = [
      meeting({ id: 'a', flow, startedAt: '2026-11-17T10:00:00.000Z' }),
      meeting({ id: 'b', flow, startedAt: '2026-11-17T11:00:00.000Z' }),
      meeting({ id: 'c', flow, startedAt: '2026-11-17T12:00:00.000Z', closed: { at: '2026-11-17T13:00:00.000Z', byUserId: 'u1', checkpointId: 'k1' } }),
    ]
    expect(runningMeeting(meetings)?.id).toBe('b')
  })

  it('refuses, even from the server, a meeting on a step no agenda has or with a timer that is not whole minutes', () => {
    const record = new Y.Doc()
    const watcher = watchLayerChanges(record, 'record')
    writeMeeting(record, meeting({ flow: { step: 'scaling', stepStartedAt: '2026-11-17T10:00:00.000Z', movedBy: 'u1', timers: { scaling: 10 } } }))
    expect(watcher.takeProblems({ asServer: true })).toEqual([])
    record.getMap('meetings').set('m2', { ...meeting({ id: 'm2' }), flow: { step: 'coffee', stepStartedAt: '2026-11-17T10:00:00.000Z', movedBy: 'u1', timers: { scaling: 2.5 } } })
    const problems = watcher.takeProblems({ asServer: true })
    expect(problems.some((problem) => problem.startsWith('meetings m2: flow.step'))).toBe(true)
    expect(problems).toContain('meetings m2: flow.timers.scaling: A timer is a whole number of minutes.')
  })

  it('is written by the server only', () => {
    const record = new Y.Doc()
    const watcher = watchLayerChanges(record, 'record')
    writeMeeting(record, meeting())
    expect(watcher.takeProblems()).toContain('only the server may change "meetings"')
  })
})

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedFictionalFamily } from '../../shared/demo/fictional-family.js'
import {
  addPlanRule,
  countsInWords,
  createCard,
  deleteCard,
  DEFAULT_TEN,
  DEFAULT_ZERO,
  familyReading,
  mapChanges,
  meetingRecord,
  moveCardToDomain,
  nothingChanged,
  readMapReading,
  readNextSteps,
  readPeople,
  readCards,
  recordedChanges,
  recordPairAgreed,
  agreedPairOf,
  readDangerStatements,
  scoreMovementInWords,
  updateNextStep,
  writeMeeting,
  writeScalingRound,
  type Meeting,
  type PersonRef,
  type ScalingAnswer,
  type ScalingQuestion,
  type ScalingRound,
} from '../../shared/model/index.js'

type Docs = { shared: Y.Doc; professional: Y.Doc; record: Y.Doc }

const question: ScalingQuestion = { id: 'q1', statementId: null, question: 'Overall, how safe are Ellie and Jack?', zero: DEFAULT_ZERO, ten: DEFAULT_TEN, createdAt: '2026-11-03T10:00:00.000Z' }

function haleFamily(): Docs {
  const docs = { shared: new Y.Doc(), professional: new Y.Doc(), record: new Y.Doc() }
  seedFictionalFamily(docs, 'u1')
  return docs
}

/** A copy of every layer, as a checkpoint holds it. */
function copyOf(docs: Docs): Docs {
  const copy = (doc: Y.Doc) => {
    const next = new Y.Doc()
    Y.applyUpdate(next, Y.encodeStateAsUpdate(doc))
    return next
  }
  return { shared: copy(docs.shared), professional: copy(docs.professional), record: copy(docs.record) }
}

const personNamed = (docs: Docs, name: string): PersonRef => ({ personId: readPeople(docs.shared).find((person) => person.name === name)!.id })

const meeting = (id: string, date: string, present: PersonRef[]): Meeting => ({
  id,
  type: 'core-group',
  date,
  facilitator: { name: 'Jo Reid', role: 'independent chair' },
  present,
  startedBy: 'u1',
  startedAt: `${date}T10:00:00.000Z`,
})

/** A round in a meeting with these numbers, written as the server writes a revealed sealed round. */
function round(docs: Docs, id: string, meetingId: string, numbers: Array<[PersonRef, number | null]>, state: ScalingRound['state'] = 'revealed'): void {
  const answers: ScalingAnswer[] = numbers.map(([person, score]) => ({ questionId: question.id, person, score, reason: 'Because.', enteredBy: { userId: 'u1' }, at: '2026-11-03T10:05:00.000Z' }))
  writeScalingRound(docs.record, {
    id,
    meetingId,
    questions: [question],
    mode: 'sealed',
    state,
    openedBy: 'u1',
    openedAt: `${id === 'r1' ? '2026-11-03' : '2026-11-17'}T10:01:00.000Z`,
    revealedAt: state === 'open' ? null : '2026-11-03T10:06:00.000Z',
    closedAt: null,
    answered: answers.map(({ questionId, person, at }) => ({ questionId, person, at })),
    answers: state === 'open' ? [] : answers,
  })
}

describe('what changed since the last meeting', () => {
  it('lists the cards, statements and next steps added, changed and removed, and each person’s movement on each question', () => {
    const then = haleFamily()
    const maureen = personNamed(then, 'Maureen Hale')
    const tasha = personNamed(then, 'Tasha Green')
    const sophie = personNamed(then, 'Sophie Hale')
    writeMeeting(then.record, meeting('m1', '2026-11-03', [maureen, tasha]))
    round(then, 'r1', 'm1', [
      [maureen, 4],
      [tasha, 3],
    ])

    const now = copyOf(then)
    writeMeeting(now.record, meeting('m2', '2026-11-17', [maureen, tasha, sophie]))
    round(now, 'r2', 'm2', [
      [maureen, 7],
      [tasha, 3],
      [sophie, 5],
    ])
    // A sealed round still open shows nobody's number, so it moves nobody.
    round(now, 'r3', 'm2', [[tasha, 9]], 'open')
    const added = createCard(now.shared, 'shared', { domain: 'existingSafety', knowledge: 'fact', source: maureen, agency: '', childIds: [], childsWords: null, createdBy: 'u1', text: 'Maureen has the children every night Sophie works.' })
    const [sophieWorksNights, deanDrinks] = readCards(now.shared, 'shared').filter((card) => card.domain === 'complicatingFactors')
    deleteCard(now.shared, sophieWorksNights.id)
    moveCardToDomain(now.shared, deanDrinks.id, 'harm')
    const [step] = readNextSteps(now.shared)
    updateNextStep(now.shared, step.id, { status: 'done' })
    const rule = addPlanRule(now.shared, { writtenBy: maureen, what: 'On the nights Sophie works, Maureen stays over.' })

    const changes = mapChanges(readMapReading(then), readMapReading(now))
    expect(changes.cards.added.map((card) => card.id)).toEqual([added])
    expect(changes.cards.removed.map((card) => card.id)).toEqual([sophieWorksNights.id])
    expect(changes.cards.changed.map(({ before, after }) => [before.domain, after.domain])).toEqual([['complicatingFactors', 'harm']])
    expect(changes.nextSteps.changed.map(({ before, after }) => [before.status, after.status])).toEqual([['open', 'done']])
    expect(changes.planRules.added.map((added) => added.id)).toEqual([rule])
    expect(changes.statements).toEqual({ added: [], changed: [], removed: [] })
    expect(changes.scores.map(({ person, from, to }) => ({ person, from, to }))).toEqual([
      { person: maureen, from: 4, to: 7 },
      { person: sophie, from: null, to: 5 },
    ])

    const recorded = recordedChanges(changes, 'k1', 'u1', '2026-11-17T11:00:00.000Z')
    expect(recorded.counts.cards).toEqual({ added: 1, changed: 1, removed: 1 })
    expect(countsInWords(recorded.counts, 'professional')).toEqual(['Added: 1 card and 1 safety plan rule.', 'Changed: 1 card and 1 next step.', 'Removed: 1 card.'])
    expect(countsInWords(recorded.counts, 'family')[0]).toBe('Added: 1 card and 1 rule of the plan.')
    expect(scoreMovementInWords('Maureen Hale', 4, 7)).toBe('Maureen Hale: up 3, from 4 to 7')
    expect(scoreMovementInWords('Sophie Hale', null, 5)).toBe('Sophie Hale: 5, their first number')
  })

  it('finds nothing changed between a map and its copy', () => {
    const then = haleFamily()
    expect(nothingChanged(mapChanges(readMapReading(then), readMapReading(copyOf(then))))).toBe(true)
  })

  it('leaves professionals-only cards out of what the family sees, then and now', () => {
    const then = haleFamily()
    const now = copyOf(then)
    createCard(now.professional, 'professional', { domain: 'harm', knowledge: 'thirdParty', source: { name: 'PC Dana Whitfield', role: 'police officer' }, agency: 'Police', childIds: [], childsWords: null, createdBy: 'u1', text: 'A second call-out.' })
    expect(mapChanges(readMapReading(then), readMapReading(now)).cards.added).toHaveLength(1)
    const forFamily = mapChanges(familyReading(readMapReading(then)), familyReading(readMapReading(now)))
    expect(nothingChanged(forFamily)).toBe(true)
    expect(familyReading(readMapReading(now)).map.cards.every((card) => card.layer === 'shared')).toBe(true)
  })
})

describe('a meeting’s record', () => {
  it('has who attended (guests too), the numbers given in it, the pairs agreed in it and the next steps it left', () => {
    const docs = haleFamily()
    const maureen = personNamed(docs, 'Maureen Hale')
    const first = meeting('m1', '2026-11-03', [maureen])
    const second = meeting('m2', '2026-11-17', [maureen, { name: 'Dr Ahmed', role: 'GP' }])
    writeMeeting(docs.record, first)
    writeMeeting(docs.record, second)
    round(docs, 'r1', 'm1', [[maureen, 4]])
    round(docs, 'r2', 'm2', [[maureen, 7]])
    const [statement] = readDangerStatements(docs.shared)
    recordPairAgreed(docs.record, statement.id, { byUserId: 'u1', at: '2026-11-17T10:30:00.000Z', meetingId: 'm2', pair: agreedPairOf(statement) })

    const record = meetingRecord(second, readMapReading(docs))
    expect(record.name).toBe('Core group 17/11/2026')
    expect(record.attended).toEqual([{ name: 'Jo Reid', role: 'independent chair' }, maureen, { name: 'Dr Ahmed', role: 'GP' }])
    expect(record.scaling.map(({ question: asked, answers }) => [asked.id, answers.map((answer) => answer.score)])).toEqual([['q1', [7]]])
    expect(record.decisions.map((decision) => decision.statementId)).toEqual([statement.id])
    expect(record.nextSteps.map((step) => step.status)).toEqual(['open'])
    expect(meetingRecord(first, readMapReading(docs)).decisions).toEqual([])
  })
})

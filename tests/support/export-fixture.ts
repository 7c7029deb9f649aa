import * as Y from 'yjs'
import { seedFictionalFamily } from '../../shared/demo/fictional-family.js'
import { createCard, readCaseMap, readPeople, updatePerson, type MapDocuments } from '../../shared/model/case-map.js'
import { cardsOf } from '../../shared/model/layers.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import { agreedPairOf, recordPairAgreed, recordPairShared } from '../../shared/model/pair-status.js'
import { DEFAULT_TEN, DEFAULT_ZERO, writeJudgement, writeScalingQuestion, writeScalingRound, type ScalingAnswer } from '../../shared/model/scaling.js'
import { writeMeeting } from '../../shared/model/meetings.js'
import { LAYERS, type Layer } from '../../shared/model/schema.js'

/** When the exports in the golden files were made: every date in them is fixed. */
export const EXPORTED_AT = new Date('2026-11-20T10:00:00Z')
/** Priya Shah's staff account: she made the map and agreed its pair. */
export const PRIYA_USER_ID = 'user-priya-shah'
/** Words only the professional layer holds (PC Whitfield's report): never in the family's copy. */
export const PROFESSIONAL_ONLY_WORDS = 'Police were called to the home'

/**
 * The fictional Hale family's map as the export tests read it: the demo family, plus what a month
 * of work adds: a card written with bold, a list and a quote, the pair shared and agreed, two
 * meetings of scaling (one open round, one sealed and revealed), a sealed round still open, and
 * two overall judgements. Everything is dated, so every export of it is the same.
 */
export function haleFamilyDocs(): Required<MapDocuments> {
  const docs = Object.fromEntries(LAYERS.map((layer) => [layer, new Y.Doc()])) as Record<Layer, Y.Doc>
  for (const layer of LAYERS) migrateLayer(docs[layer], layer, null)
  seedFictionalFamily(docs, PRIYA_USER_ID)
  const people = readPeople(docs.shared)
  const id = (name: string) => people.find((person) => person.name === name)!.id
  updatePerson(docs.shared, id('Priya Shah'), { userId: PRIYA_USER_ID })

  const cardId = createCard(docs.shared, 'shared', {
    domain: 'existingSafety',
    knowledge: 'opinion',
    source: { personId: id('Maureen Hale') },
    agency: '',
    childIds: [id('Ellie Hale'), id('Jack Hale')],
    childsWords: null,
    createdBy: PRIYA_USER_ID,
    createdAt: '2026-11-03T10:15:00Z',
  })
  writeRichText(cardsOf(docs.shared).get(cardId)!.get('body') as Y.XmlFragment)

  const map = readCaseMap(docs)
  const statement = map.statements[0]
  recordPairShared(docs.record, statement.id, '2026-11-10')
  recordPairAgreed(docs.record, statement.id, { byUserId: PRIYA_USER_ID, at: '2026-11-17T11:00:00Z', meetingId: 'meeting-2', pair: agreedPairOf(statement) })

  const overall = { id: 'question-overall', statementId: null, question: 'How safe are Ellie and Jack at home?', zero: DEFAULT_ZERO, ten: DEFAULT_TEN, createdAt: '2026-11-03T09:00:00Z' }
  const drinking = { id: 'question-drinking', statementId: statement.id, question: 'How sure are we that a sober adult is always with the children?', zero: 'No sober adult can be counted on.', ten: 'A sober adult is always there.', createdAt: '2026-11-03T09:05:00Z' }
  writeScalingQuestion(docs.record, overall)
  writeScalingQuestion(docs.record, drinking)
  const priya = { personId: id('Priya Shah') }
  const sophie = { personId: id('Sophie Hale') }
  const maureen = { personId: id('Maureen Hale') }
  const present = [priya, sophie, maureen]
  writeMeeting(docs.record, { id: 'meeting-1', type: 'family-network-meeting', date: '2026-11-03', facilitator: priya, present, startedBy: PRIYA_USER_ID, startedAt: '2026-11-03T09:10:00Z' })
  writeMeeting(docs.record, { id: 'meeting-2', type: 'core-group', date: '2026-11-17', facilitator: priya, present, startedBy: PRIYA_USER_ID, startedAt: '2026-11-17T10:00:00Z' })
  const answer = (questionId: string, person: { personId: string }, score: number | null, reason: string | null, at: string): ScalingAnswer => ({
    questionId,
    person,
    score,
    reason,
    enteredBy: { userId: PRIYA_USER_ID },
    at,
  })
  const marks = (answers: ScalingAnswer[]) => answers.map(({ questionId, person, at }) => ({ questionId, person, at }))
  const first = [
    answer(overall.id, priya, 3, 'Dean still drinks and the children are with him on the nights Sophie works.', '2026-11-03T09:20:00Z'),
    answer(overall.id, sophie, 6, 'I take the children to Mum’s when Dean has been drinking.', '2026-11-03T09:21:00Z'),
    answer(overall.id, maureen, 4, null, '2026-11-03T09:22:00Z'),
    answer(drinking.id, priya, 2, 'There is no plan yet for the nights Sophie works.', '2026-11-03T09:23:00Z'),
  ]
  writeScalingRound(docs.record, {
    id: 'round-1',
    meetingId: 'meeting-1',
    questions: [overall, drinking],
    mode: 'open',
    state: 'closed',
    openedBy: PRIYA_USER_ID,
    openedAt: '2026-11-03T09:15:00Z',
    revealedAt: null,
    closedAt: '2026-11-03T09:40:00Z',
    answered: marks(first),
    answers: first,
  })
  const second = [
    answer(overall.id, priya, 5, 'Maureen or Tasha has been with the children every night Sophie worked.', '2026-11-17T10:20:00Z'),
    answer(overall.id, sophie, 7, 'Dean has not looked after them on his own since the meeting.', '2026-11-17T10:21:00Z'),
    answer(overall.id, maureen, null, 'I would rather not give a number.', '2026-11-17T10:22:00Z'),
    answer(drinking.id, priya, 5, 'The plan for the nights Sophie works has held for two weeks.', '2026-11-17T10:23:00Z'),
  ]
  writeScalingRound(docs.record, {
    id: 'round-2',
    meetingId: 'meeting-2',
    questions: [overall, drinking],
    mode: 'sealed',
    state: 'revealed',
    openedBy: PRIYA_USER_ID,
    openedAt: '2026-11-17T10:15:00Z',
    revealedAt: '2026-11-17T10:30:00Z',
    closedAt: null,
    answered: marks(second),
    answers: second,
  })
  // A sealed round still open: who has answered is known, their numbers are not in any document.
  writeScalingRound(docs.record, {
    id: 'round-3',
    meetingId: 'meeting-2',
    questions: [overall],
    mode: 'sealed',
    state: 'open',
    openedBy: PRIYA_USER_ID,
    openedAt: '2026-11-17T10:45:00Z',
    revealedAt: null,
    closedAt: null,
    answered: [{ questionId: overall.id, person: sophie, at: '2026-11-17T10:46:00Z' }],
    answers: [],
  })
  writeJudgement(docs.record, { id: 'judgement-1', score: 3, reason: 'No plan yet for the nights Sophie works; Dean is drinking.', meetingId: 'meeting-1', byUserId: PRIYA_USER_ID, at: '2026-11-03T12:00:00Z' })
  writeJudgement(docs.record, {
    id: 'judgement-2',
    score: 5,
    reason: 'The network plan has held for two weeks: Maureen or Tasha is with the children on the nights Sophie works. Dean is not yet sober for long enough to care for them alone.',
    meetingId: 'meeting-2',
    byUserId: PRIYA_USER_ID,
    at: '2026-11-17T12:00:00Z',
  })
  return docs
}

/** Maureen's words as she gave them: a bold promise, a list and a quote, as the editor writes them. */
function writeRichText(body: Y.XmlFragment) {
  const paragraph = (...runs: Array<[string, Record<string, unknown>?]>) => {
    const element = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    let at = 0
    for (const [words, marks] of runs) {
      text.insert(at, words, marks)
      at += words.length
    }
    element.insert(0, [text])
    return element
  }
  const list = new Y.XmlElement('bulletList')
  list.insert(0, ['Monday nights', 'Thursday nights'].map((night) => {
    const item = new Y.XmlElement('listItem')
    item.insert(0, [paragraph([night])])
    return item
  }))
  const quote = new Y.XmlElement('blockquote')
  quote.insert(0, [paragraph(['I will always answer the phone to Sophie, day or night.'])])
  body.insert(0, [
    paragraph(['Maureen will have the children at her flat ', {}], ['every night Sophie works', { bold: true }], [', ', {}], ['starting this week', { italic: true }], ['.', {}]),
    list,
    quote,
  ])
}

import * as Y from 'yjs'
import { DOMAINS } from '../../shared/framework.js'
import { addPerson, createCard, writeSettings } from '../../shared/model/case-map.js'
import { createDangerStatement } from '../../shared/model/danger-statements.js'
import { addBottomLine } from '../../shared/model/bottom-lines.js'
import { addNextStep } from '../../shared/model/next-steps.js'
import { addRelationship } from '../../shared/model/genogram.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import { DEFAULT_TEN, DEFAULT_ZERO, writeJudgement, writeScalingQuestion, writeScalingRound } from '../../shared/model/scaling.js'
import { writeMeeting } from '../../shared/model/meetings.js'
import { LAYERS, type Layer } from '../../shared/model/schema.js'
import { largeFamily } from '../support/genogram-families.js'

export const LARGE_MAP = { cards: 300, pairs: 4, rounds: 10, professionals: 6 } as const

/**
 * The export benchmark's large map: 300 cards with rich text, 4 statement and goal pairs with
 * bottom lines and next steps, 10 rounds of scaling on 5 questions, and a 60-person genogram
 * over four generations (the family) with the professionals beside it.
 */
export function largeMap(): { docs: Record<Layer, Y.Doc>; genogramPeople: number } {
  const docs = Object.fromEntries(LAYERS.map((layer) => [layer, new Y.Doc()])) as Record<Layer, Y.Doc>
  for (const layer of LAYERS) migrateLayer(docs[layer], layer, null)
  const family = largeFamily(3)
  for (const person of family.people) addPerson(docs.shared, { ...person, relationship: person.relationship || 'relative' })
  for (const relationship of family.relationships) addRelationship(docs.shared, relationship)
  const professionals = Array.from({ length: LARGE_MAP.professionals }, (_, index) =>
    addPerson(docs.shared, { name: `Professional ${index + 1}`, relationship: 'social worker', agency: 'Children’s Services', group: 'professional' }),
  )
  const people = [...family.people.filter((person) => (person.kind ?? 'person') === 'person').map((person) => person.id), ...professionals]
  const children = family.people.filter((person) => person.id.includes('-g3-twin')).map((person) => person.id)
  writeSettings(docs.record, { title: 'A large map', framework: 'safety', childIds: children.slice(0, 2) })
  const start = Date.parse('2026-01-05T09:00:00Z')
  for (let index = 0; index < LARGE_MAP.cards; index++) {
    const layer = index % 10 === 9 ? 'professional' : 'shared'
    const id = createCard(docs[layer], layer, {
      domain: DOMAINS[index % DOMAINS.length],
      knowledge: layer === 'professional' ? 'thirdParty' : 'observation',
      source: { personId: people[index % people.length] },
      agency: '',
      childIds: [],
      childsWords: null,
      createdBy: 'bench',
      createdAt: new Date(start + index * 60_000).toISOString(),
      text: 'Mia said she feels safe at her grandmother’s house and likes walking to school with her.\nHer grandmother confirmed this at the home visit and described the morning routine.',
    })
    // Every third card has bold words and a list, as people write them.
    if (index % 3 === 0) writeBoldAndList(docs[layer].getMap<Y.Map<unknown>>('cards').get(id)!.get('body') as Y.XmlFragment)
  }
  const worried = professionals[0]
  const statements = Array.from({ length: LARGE_MAP.pairs }, (_, index) =>
    createDangerStatement(docs.shared, {
      createdBy: 'bench',
      worried: [{ personId: worried }],
      behaviour: `When the adults argue (${index + 1}) the children are in the room.`,
      fear: 'The children could be hurt and will keep being frightened.',
      goal: { different: 'A calm adult is always there.', convinced: [{ personId: worried }], howLong: 'six months', evidence: 'The plan holds every week.', networkPersonIds: [people[3], people[12]] },
    }),
  )
  for (const statementId of statements) {
    addBottomLine(docs.shared, { statementId, condition: 'No care by a drinking adult.', contingency: 'A network meeting the same week.' })
    addNextStep(docs.shared, { statementId, action: 'Meet the network.', owner: { personId: worried }, due: '2026-03-01' })
  }
  writeScaling(docs.record, [null, ...statements], people.slice(2, 10))
  return { docs, genogramPeople: family.people.length }
}

function writeBoldAndList(body: Y.XmlFragment) {
  const paragraph = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  text.insert(0, 'Important: ', { bold: true })
  text.insert(11, 'the school reports good attendance this term.')
  paragraph.insert(0, [text])
  const list = new Y.XmlElement('bulletList')
  const item = new Y.XmlElement('listItem')
  const inner = new Y.XmlElement('paragraph')
  inner.insert(0, [new Y.XmlText('Attendance 97%')])
  item.insert(0, [inner])
  list.insert(0, [item])
  body.insert(body.length, [paragraph, list])
}

/** Ten weekly core groups, each with an open round on every question and an overall judgement. */
function writeScaling(record: Y.Doc, statementIds: Array<string | null>, present: string[]) {
  const start = Date.parse('2026-01-05T09:00:00Z')
  const questions = statementIds.map((statementId, index) => ({
    id: `question-${index}`,
    statementId,
    question: `How safe are the children (${index})?`,
    zero: DEFAULT_ZERO,
    ten: DEFAULT_TEN,
    createdAt: '2026-01-05T09:00:00Z',
  }))
  for (const question of questions) writeScalingQuestion(record, question)
  const attending = present.map((personId) => ({ personId }))
  for (let round = 0; round < LARGE_MAP.rounds; round++) {
    const date = new Date(start + round * 7 * 86_400_000).toISOString()
    writeMeeting(record, { id: `meeting-${round}`, type: 'core-group', date: date.slice(0, 10), facilitator: attending[0], present: attending, startedBy: 'bench', startedAt: date })
    const answers = questions.flatMap((question) =>
      attending.map((person, at) => ({ questionId: question.id, person, score: (round + at) % 11, reason: 'Things are a little better this week.', enteredBy: { userId: 'bench' }, at: date })),
    )
    writeScalingRound(record, {
      id: `round-${round}`,
      meetingId: `meeting-${round}`,
      questions,
      mode: 'open',
      state: 'closed',
      openedBy: 'bench',
      openedAt: date,
      revealedAt: null,
      closedAt: date,
      answered: answers.map(({ questionId, person, at }) => ({ questionId, person, at })),
      answers,
    })
    writeJudgement(record, { id: `judgement-${round}`, score: round % 11, reason: 'The plan is holding.', meetingId: `meeting-${round}`, byUserId: 'bench', at: date })
  }
}

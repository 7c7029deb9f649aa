import { PAIR_WORDING, type Framework } from '../framework.js'
import type { DangerStatement, Person, PersonRef } from './schema.js'

/**
 * A statement and its goal read as plain sentences, the way they are said to a family. The canvas,
 * the three columns, the Analysis view and (later) the exports all read a pair through here, so it
 * is worded one way everywhere. A part not written yet shows as "…", never as a hole in the grammar.
 */

/** What the sentences need besides the pair: who the people are, which of them the map is about. */
export interface PairReading {
  people: readonly Person[]
  /** The people the map is about (settings.childIds). */
  childIds: readonly string[]
  framework: Framework
}

const NOT_WRITTEN = '…'

/** "Priya Shah and Gareth Owusu are worried that Dean shouts at Ellie, and that Ellie will be hurt." */
export function statementSentence(statement: Pick<DangerStatement, 'worried' | 'behaviour' | 'fear'>, reading: PairReading): string {
  const worried = statement.worried.map((ref) => nameOf(ref, reading.people))
  const who = worried.length === 0 ? 'We are' : `${listInWords(worried)} ${worried.length === 1 ? 'is' : 'are'}`
  return sentence(`${who} worried that ${midSentence(statement.behaviour)}, and that ${midSentence(statement.fear)}`)
}

/**
 * The goal as the practice's formula (R-G-1): what will be different; who needs to see what, and
 * for how long, before the map can close; and who will help (the safety network). "Ellie will be
 * looked after by a sober adult. To know Ellie is safe enough for this map to close, Priya Shah
 * needs to see Maureen there every night, for six months. Maureen Hale will help."
 */
export function goalSentence(goal: DangerStatement['goal'], reading: PairReading): string {
  const children = reading.childIds.flatMap((id) => reading.people.find((person) => person.id === id)?.name ?? [])
  const about = children.length === 0 ? 'the child is' : `${listInWords(children)} ${children.length === 1 ? 'is' : 'are'}`
  const convinced = goal.convinced.map((ref) => nameOf(ref, reading.people))
  const who = convinced.length === 0 ? 'we need' : `${listInWords(convinced)} ${convinced.length === 1 ? 'needs' : 'need'}`
  const network = goal.networkPersonIds.map((id) => reading.people.find((person) => person.id === id)?.name ?? 'someone no longer on the map')
  return [
    sentence(clause(goal.different)),
    sentence(`To know ${about} ${PAIR_WORDING[reading.framework].goalAim}, ${who} to see ${midSentence(goal.evidence)}, for ${clause(goal.howLong)}`),
    sentence(`${network.length === 0 ? NOT_WRITTEN : listInWords(network)} will help`),
  ].join(' ')
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** A name alone: in a sentence the relationship would read as an aside. */
export function nameOf(ref: PersonRef, people: readonly Person[]): string {
  return 'personId' in ref ? (people.find((person) => person.id === ref.personId)?.name ?? 'someone no longer on the map') : ref.name
}

/** A sentence opens with a capital (even "someone no longer on the map") and ends with a full stop. */
function sentence(text: string): string {
  const opened = text.charAt(0).toUpperCase() + text.slice(1)
  return opened.endsWith(NOT_WRITTEN) ? opened : `${opened}.`
}

// A part is written as its own sentence; inside this one its closing full stop would end it early.
const clause = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[.!?;,\s]+$/, '') || NOT_WRITTEN

// Words that open a written sentence with a capital only because they open it ("When Dean has been
// drinking..."). Names and "I" keep theirs: lowering every first letter would write "dean".
const SENTENCE_OPENERS = new Set(
  'a an after at before during each every he her his if in it its last most no on our she since some sometimes that the their there these they this those when whenever while we'.split(' '),
)

/** A part written as its own sentence, read in the middle of this one. */
function midSentence(text: string): string {
  const part = clause(text)
  const first = /^[A-Za-z]+/.exec(part)?.[0] ?? ''
  return SENTENCE_OPENERS.has(first.toLowerCase()) ? part.charAt(0).toLowerCase() + part.slice(1) : part
}

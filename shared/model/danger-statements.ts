import * as Y from 'yjs'
import { DangerStatement, SafetyGoal, type PersonRef } from './schema.js'
import { bottomLinesOf, cardsOf, nextStepsOf, peopleOf, statementsOf } from './layers.js'
import { checkItem, presentInList, removeFromList, withoutRepeats, type ItemLayout } from './item-layout.js'
import { writeParagraphs } from './rich-text.js'
import { newId, now } from './ids.js'

/**
 * Danger statements and their safety goals, in the shared layer (family-facing).
 *
 * The pairing is structural: a goal lives inside its statement, as the nested `Y.Map` `goal`,
 * made in the same transaction as the statement. A statement and its goal are one item, so there
 * is never a goal without a statement, a statement without a goal, or a second goal (a map key
 * holds one value). Two people pairing at the same moment from two browsers can only edit the one
 * goal (their edits merge) or make two statements, each with its own goal; deleting a statement
 * takes its goal with it. The validator refuses any change that replaces or removes the `goal`,
 * or any text or list part, of a statement that already exists.
 */
export const STATEMENT_LAYOUT: ItemLayout = {
  texts: ['behaviour', 'fear'],
  lists: ['worried', 'linkedCardIds'],
  items: { goal: { texts: ['different', 'evidence'], lists: ['convinced', 'networkPersonIds'] } },
}

/** The rich-text parts of a pair, each bound to an editor: two of the statement, two of its goal. */
export type PairTextPart = 'behaviour' | 'fear' | 'different' | 'evidence'
/** The list parts of a pair, and what each holds. */
export interface PairLists {
  worried: PersonRef
  linkedCardIds: string
  convinced: PersonRef
  networkPersonIds: string
}
const GOAL_PARTS: ReadonlySet<string> = new Set(Object.keys(SafetyGoal.shape))
const LIST_VALUES = {
  worried: DangerStatement.shape.worried.element,
  linkedCardIds: DangerStatement.shape.linkedCardIds.element,
  convinced: DangerStatement.shape.goal.shape.convinced.element,
  networkPersonIds: DangerStatement.shape.goal.shape.networkPersonIds.element,
}

export const personRefKey = (ref: PersonRef) => ('personId' in ref ? `person:${ref.personId}` : `named:${ref.name}|${ref.role}`)
const listKey = (value: PersonRef | string) => (typeof value === 'string' ? value : personRefKey(value))

export interface NewDangerStatement {
  createdBy: string
  id?: string
  createdAt?: string
  worried?: PersonRef[]
  behaviour?: string
  fear?: string
  linkedCardIds?: string[]
  goal?: Partial<SafetyGoal>
}

/** Adds a statement with its goal, in one transaction: the pair is made whole and stays whole. */
export function createDangerStatement(shared: Y.Doc, input: NewDangerStatement): string {
  const statement = DangerStatement.parse({
    id: input.id ?? newId(),
    createdBy: input.createdBy,
    createdAt: input.createdAt ?? now(),
    worried: input.worried ?? [],
    behaviour: input.behaviour ?? '',
    fear: input.fear ?? '',
    linkedCardIds: input.linkedCardIds ?? [],
    goal: { different: '', convinced: [], howLong: '', evidence: '', networkPersonIds: [], ...input.goal },
  })
  const { goal } = statement
  for (const ref of statement.worried) assertCanAdd(shared, 'worried', ref)
  for (const cardId of statement.linkedCardIds) assertCanAdd(shared, 'linkedCardIds', cardId)
  for (const ref of goal.convinced) assertCanAdd(shared, 'convinced', ref)
  for (const personId of goal.networkPersonIds) assertCanAdd(shared, 'networkPersonIds', personId)
  shared.transact(() => {
    const entry = new Y.Map<unknown>()
    statementsOf(shared).set(statement.id, entry)
    entry.set('id', statement.id)
    entry.set('createdBy', statement.createdBy)
    entry.set('createdAt', statement.createdAt)
    addList(entry, 'worried', statement.worried)
    addText(entry, 'behaviour', statement.behaviour)
    addText(entry, 'fear', statement.fear)
    addList(entry, 'linkedCardIds', statement.linkedCardIds)
    const goalEntry = new Y.Map<unknown>()
    entry.set('goal', goalEntry)
    addText(goalEntry, 'different', goal.different)
    addList(goalEntry, 'convinced', goal.convinced)
    goalEntry.set('howLong', goal.howLong)
    addText(goalEntry, 'evidence', goal.evidence)
    addList(goalEntry, 'networkPersonIds', goal.networkPersonIds)
  })
  return statement.id
}

function addText(entry: Y.Map<unknown>, key: string, text: string) {
  const fragment = new Y.XmlFragment()
  entry.set(key, fragment)
  if (text) writeParagraphs(fragment, text)
}

function addList(entry: Y.Map<unknown>, key: string, values: unknown[]) {
  const list = new Y.Array<unknown>()
  entry.set(key, list)
  list.push(values)
}

function statementEntry(shared: Y.Doc, statementId: string): Y.Map<unknown> {
  const entry = statementsOf(shared).get(statementId)
  if (!entry) throw new Error('That statement is no longer on the map.')
  return entry
}

/** The map holding a part: the statement itself, or its goal. */
function holderOf(entry: Y.Map<unknown>, part: string): Y.Map<unknown> {
  return GOAL_PARTS.has(part) ? (entry.get('goal') as Y.Map<unknown>) : entry
}

/** The rich text of one part of a pair, for an editor to bind to. */
export function pairText(shared: Y.Doc, statementId: string, part: PairTextPart): Y.XmlFragment | undefined {
  const entry = statementsOf(shared).get(statementId)
  const text = entry && holderOf(entry, part).get(part)
  return text instanceof Y.XmlFragment ? text : undefined
}

/**
 * A statement rests only on harm and complicating-factor cards the family can see: a link to a
 * professionals-only card would tell a family device that the card exists. People named in a pair
 * must be on the map (or unlisted, with a role).
 */
function assertCanAdd(shared: Y.Doc, list: keyof PairLists, value: PersonRef | string): void {
  if (list === 'linkedCardIds') {
    const domain = typeof value === 'string' ? cardsOf(shared).get(value)?.get('domain') : undefined
    if (domain !== 'harm' && domain !== 'complicatingFactors') {
      throw new Error('A statement can rest only on harm and complicating-factor cards the family can see.')
    }
    return
  }
  const personId = typeof value === 'string' ? value : 'personId' in value ? value.personId : null
  if (personId !== null && !peopleOf(shared).has(personId)) throw new Error('That person is no longer on the map.')
}

/** Adds a person or card to one of a pair's lists; adding what is there already changes nothing. */
export function addToPair<L extends keyof PairLists>(shared: Y.Doc, statementId: string, list: L, value: PairLists[L]): void {
  const parsed = LIST_VALUES[list].parse(value) as PairLists[L]
  assertCanAdd(shared, list, parsed)
  const values = holderOf(statementEntry(shared, statementId), list).get(list) as Y.Array<PersonRef | string>
  if (!presentInList(values, listKey, parsed)) values.push([parsed])
}

export function removeFromPair<L extends keyof PairLists>(shared: Y.Doc, statementId: string, list: L, value: PairLists[L]): void {
  const values = holderOf(statementEntry(shared, statementId), list).get(list) as Y.Array<PersonRef | string>
  shared.transact(() => removeFromList(values, listKey, value))
}

/** How long the goal must be seen to be met: short plain text ("six months"). */
export function setHowLong(shared: Y.Doc, statementId: string, howLong: string): void {
  const parsed = DangerStatement.shape.goal.shape.howLong.parse(howLong)
  holderOf(statementEntry(shared, statementId), 'howLong').set('howLong', parsed)
}

/** What becomes of a deleted statement's bottom lines or next steps: the person deleting chooses. */
export type LinkedItemsChoice = 'delete' | 'keepUnlinked'

/**
 * Deletes a statement and its goal. Its bottom lines and next steps are deleted or kept with no
 * statement, as the person chose; none is left pointing at a statement that is gone. (One made
 * elsewhere at the same moment still can be: `itemsNeedingAttention` finds it.)
 */
export function deleteDangerStatement(
  shared: Y.Doc,
  statementId: string,
  choice: { bottomLines: LinkedItemsChoice; nextSteps: LinkedItemsChoice },
): void {
  shared.transact(() => {
    statementsOf(shared).delete(statementId)
    for (const [items, what] of [
      [bottomLinesOf(shared), choice.bottomLines],
      [nextStepsOf(shared), choice.nextSteps],
    ] as const) {
      const linked = [...items.entries()].filter(([, entry]) => entry.get('statementId') === statementId)
      for (const [key, entry] of linked) {
        if (what === 'delete') items.delete(key)
        else entry.set('statementId', null)
      }
    }
  })
}

/** Problems with a statement as stored, in plain words; empty when it is sound. */
export function dangerStatementProblems(entry: unknown, key: string): string[] {
  return checkItem(entry, key, STATEMENT_LAYOUT, DangerStatement).problems
}

/** One statement with its goal as plain, validated data; null when missing or unreadable. */
export function readDangerStatement(shared: Y.Doc, statementId: string): DangerStatement | null {
  const { item } = checkItem(statementsOf(shared).get(statementId), statementId, STATEMENT_LAYOUT, DangerStatement)
  if (item === null) return null
  // Two people adding the same person or card at the same moment leave it in the list twice.
  return {
    ...item,
    worried: withoutRepeats(item.worried, personRefKey),
    linkedCardIds: withoutRepeats(item.linkedCardIds, String),
    goal: {
      ...item.goal,
      convinced: withoutRepeats(item.goal.convinced, personRefKey),
      networkPersonIds: withoutRepeats(item.goal.networkPersonIds, String),
    },
  }
}

export function readDangerStatements(shared: Y.Doc, unreadable: string[] = []): DangerStatement[] {
  const statements: DangerStatement[] = []
  for (const key of statementsOf(shared).keys()) {
    const statement = readDangerStatement(shared, key)
    if (statement) statements.push(statement)
    else unreadable.push(key)
  }
  return statements.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

import * as Y from 'yjs'
import { NextStep, StoredNextStep, type NextStepOwner } from './schema.js'
import { nextStepsOf, peopleOf, statementsOf } from './layers.js'
import { checkItem, readItems, type ItemLayout } from './item-layout.js'
import { writeParagraphs } from './rich-text.js'
import { newId, now } from './ids.js'

/**
 * Next steps, in the shared layer: an action, who owns it, when it is due, the pair it serves,
 * and whether it is done. The "Next steps" domain's cards stay what they are (cards); these are
 * the plan's actions, new objects beside them.
 */
export const NEXT_STEP_LAYOUT: ItemLayout = { texts: ['action'] }

export interface NewNextStep {
  action?: string
  owner?: NextStepOwner | null
  due?: string | null
  statementId?: string | null
  status?: NextStep['status']
  id?: string
  createdAt?: string
}

export function addNextStep(shared: Y.Doc, input: NewNextStep): string {
  const { action, ...fields } = StoredNextStep.parse({
    id: input.id ?? newId(),
    action: input.action ?? '',
    owner: input.owner ?? null,
    due: input.due ?? null,
    statementId: input.statementId ?? null,
    status: input.status ?? 'open',
    createdAt: input.createdAt ?? now(),
  })
  assertLinksOnMap(shared, fields)
  shared.transact(() => {
    const entry = new Y.Map<unknown>()
    nextStepsOf(shared).set(fields.id, entry)
    for (const [key, value] of Object.entries(fields)) entry.set(key, value)
    const text = new Y.XmlFragment()
    entry.set('action', text)
    if (action) writeParagraphs(text, action)
  })
  return fields.id
}

function assertLinksOnMap(shared: Y.Doc, step: Partial<Pick<NextStep, 'owner' | 'statementId'>>) {
  if (step.statementId && !statementsOf(shared).has(step.statementId)) throw new Error('That statement is no longer on the map.')
  if (step.owner && 'personId' in step.owner && !peopleOf(shared).has(step.owner.personId)) {
    throw new Error('That person is no longer on the map.')
  }
}

export type NextStepChange = Partial<Pick<NextStep, 'owner' | 'due' | 'statementId' | 'status'>>

/** Changes a step's details; each field merges separately with other people's edits. */
export function updateNextStep(shared: Y.Doc, nextStepId: string, change: NextStepChange): void {
  const entry = nextStepsOf(shared).get(nextStepId)
  if (!entry) throw new Error('That next step is no longer on the map.')
  const parsed = NextStep.pick({ owner: true, due: true, statementId: true, status: true }).partial().strict().parse(change)
  assertLinksOnMap(shared, parsed)
  shared.transact(() => {
    for (const [key, value] of Object.entries(parsed)) if (value !== undefined) entry.set(key, value)
  })
}

/** The rich text of a step's action, for an editor to bind to. */
export function nextStepAction(shared: Y.Doc, nextStepId: string): Y.XmlFragment | undefined {
  const text = nextStepsOf(shared).get(nextStepId)?.get('action')
  return text instanceof Y.XmlFragment ? text : undefined
}

export function deleteNextStep(shared: Y.Doc, nextStepId: string): void {
  nextStepsOf(shared).delete(nextStepId)
}

export function nextStepProblems(entry: unknown, key: string): string[] {
  return checkItem(entry, key, NEXT_STEP_LAYOUT, StoredNextStep).problems
}

/** Next steps as plain, validated data, in the order they were made. */
export function readNextSteps(shared: Y.Doc, unreadable: string[] = []): NextStep[] {
  return readItems(nextStepsOf(shared), NEXT_STEP_LAYOUT, StoredNextStep, unreadable).map(({ createdAt, ...step }) => step)
}

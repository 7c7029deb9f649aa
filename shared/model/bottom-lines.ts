import * as Y from 'yjs'
import { StoredBottomLine, type BottomLine } from './schema.js'
import { bottomLinesOf, statementsOf } from './layers.js'
import { checkItem, readItems, type ItemLayout } from './item-layout.js'
import { writeParagraphs } from './rich-text.js'
import { newId, now } from './ids.js'

/** Bottom lines, in the shared layer: each tied to one statement and goal pair by `statementId`. */
export const BOTTOM_LINE_LAYOUT: ItemLayout = { texts: ['condition', 'contingency'] }

export type BottomLinePart = 'condition' | 'contingency'

export interface NewBottomLine {
  statementId: string
  condition?: string
  contingency?: string
  id?: string
  createdAt?: string
}

export function addBottomLine(shared: Y.Doc, input: NewBottomLine): string {
  const line = StoredBottomLine.parse({
    id: input.id ?? newId(),
    statementId: input.statementId,
    condition: input.condition ?? '',
    contingency: input.contingency ?? '',
    createdAt: input.createdAt ?? now(),
  })
  assertStatementOnMap(shared, input.statementId)
  shared.transact(() => {
    const entry = new Y.Map<unknown>()
    bottomLinesOf(shared).set(line.id, entry)
    entry.set('id', line.id)
    entry.set('statementId', line.statementId)
    entry.set('createdAt', line.createdAt)
    for (const part of BOTTOM_LINE_LAYOUT.texts as BottomLinePart[]) {
      const fragment = new Y.XmlFragment()
      entry.set(part, fragment)
      if (line[part]) writeParagraphs(fragment, line[part])
    }
  })
  return line.id
}

function assertStatementOnMap(shared: Y.Doc, statementId: string) {
  if (!statementsOf(shared).has(statementId)) throw new Error('That statement is no longer on the map.')
}

/** The rich text of a bottom line's condition or contingency, for an editor to bind to. */
export function bottomLineText(shared: Y.Doc, bottomLineId: string, part: BottomLinePart): Y.XmlFragment | undefined {
  const text = bottomLinesOf(shared).get(bottomLineId)?.get(part)
  return text instanceof Y.XmlFragment ? text : undefined
}

/** Ties a bottom line to a pair: one kept when its statement was deleted, or moved to another. */
export function linkBottomLine(shared: Y.Doc, bottomLineId: string, statementId: string): void {
  const entry = bottomLinesOf(shared).get(bottomLineId)
  if (!entry) throw new Error('That bottom line is no longer on the map.')
  assertStatementOnMap(shared, statementId)
  entry.set('statementId', statementId)
}

export function deleteBottomLine(shared: Y.Doc, bottomLineId: string): void {
  bottomLinesOf(shared).delete(bottomLineId)
}

export function bottomLineProblems(entry: unknown, key: string): string[] {
  return checkItem(entry, key, BOTTOM_LINE_LAYOUT, StoredBottomLine).problems
}

/** Bottom lines as plain, validated data, in the order they were made. */
export function readBottomLines(shared: Y.Doc, unreadable: string[] = []): BottomLine[] {
  return readItems(bottomLinesOf(shared), BOTTOM_LINE_LAYOUT, StoredBottomLine, unreadable).map(
    ({ createdAt, ...line }) => line,
  )
}

import { useCallback } from 'react'
import type * as Y from 'yjs'
import { readDangerStatements, readScaling, statementsOf, type DangerStatement, type Scaling } from '../../shared/model'
import { keepIfSame, useObservedDeep } from '../yjs/useObservedDeep'
import { useDocumentsReading } from '../yjs/useDocumentsReading'

/** Scaling questions, meetings, rounds and judgements from the record layer, live as the server writes them. */
export function useScaling(record: Y.Doc): Scaling {
  return useDocumentsReading([record], useCallback(() => readScaling(record), [record]))
}

/** The map's statement and goal pairs, in order: what a question can be about. */
export function useStatements(shared: Y.Doc): DangerStatement[] {
  const read = useCallback(() => readDangerStatements(shared), [shared])
  return useObservedDeep(statementsOf(shared), read, keepIfSame)
}

import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readDangerStatements, readScaling, statementsOf, type DangerStatement, type Scaling } from '../../shared/model'
import { keepIfSame, useObservedDeep } from '../yjs/useObservedDeep'

/** Scaling questions, meetings, rounds and judgements from the record layer, live as the server writes them. */
export function useScaling(record: Y.Doc): Scaling {
  const [scaling, setScaling] = useState(() => readScaling(record))
  useEffect(() => {
    // Four roots change together (an answer touches its round and its meeting): one read per update.
    const update = () => setScaling((previous) => keepIfSame(previous, readScaling(record)))
    update()
    record.on('update', update)
    return () => record.off('update', update)
  }, [record])
  return scaling
}

/** The map's statement and goal pairs, in order: what a question can be about. */
export function useStatements(shared: Y.Doc): DangerStatement[] {
  const read = useCallback(() => readDangerStatements(shared), [shared])
  return useObservedDeep(statementsOf(shared), read, keepIfSame)
}

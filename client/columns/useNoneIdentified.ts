import { useCallback } from 'react'
import type * as Y from 'yjs'
import { noneIdentifiedOf, readNoneIdentified, type CaseMap } from '../../shared/model'
import { keepIfSame, useObservedDeep } from '../yjs/useObservedDeep'

/** Which domains someone has marked "None identified", kept live. */
export function useNoneIdentified(shared: Y.Doc): CaseMap['noneIdentified'] {
  const read = useCallback(() => readNoneIdentified(shared), [shared])
  return useObservedDeep(noneIdentifiedOf(shared), read, keepIfSame)
}

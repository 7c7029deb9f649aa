import { useCallback } from 'react'
import type * as Y from 'yjs'
import { peopleOf, readPeople, type Person } from '../../shared/model'
import { keepSameItems, useObservedDeep } from '../yjs/useObservedDeep'

/** The map's people (shared layer), sorted by name, kept live. */
export function usePeople(shared: Y.Doc): Person[] {
  const read = useCallback(() => readPeople(shared), [shared])
  return useObservedDeep(peopleOf(shared), read, keepSameItems)
}

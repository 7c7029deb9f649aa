import { useCallback } from 'react'
import type * as Y from 'yjs'
import { readSettings, settingsOf, type MapSettings } from '../../shared/model'
import { keepIfSame, useObservedDeep } from '../yjs/useObservedDeep'

/** The map's title, framework and children from the record layer: changes arrive live from the server. */
export function useSettings(record: Y.Doc): MapSettings | null {
  const read = useCallback(() => readSettings(record), [record])
  return useObservedDeep(settingsOf(record), read, keepIfSame)
}

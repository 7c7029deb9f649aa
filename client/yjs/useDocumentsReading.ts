import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { keepIfSame } from './useObservedDeep'

/**
 * A value read from whole documents, read again after each update to any of them: one read per
 * update, however many roots it touched (an answer changes its round and its meeting together).
 * `read` must be stable (useCallback) or it resubscribes; unchanged values keep their identity.
 */
export function useDocumentsReading<T>(docs: readonly Y.Doc[], read: () => T): T {
  const [value, setValue] = useState(read)
  useEffect(() => {
    const update = () => setValue((previous) => keepIfSame(previous, read()))
    update()
    for (const doc of docs) doc.on('update', update)
    return () => {
      for (const doc of docs) doc.off('update', update)
    }
    // The documents themselves, not the array holding them, are what a change would be.
  }, [read, ...docs])
  return value
}

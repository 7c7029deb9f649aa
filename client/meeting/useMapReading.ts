import { useEffect, useState } from 'react'
import { readMapReading, type MapDocuments, type MapReading } from '../../shared/model'
import { keepIfSame } from '../yjs/useObservedDeep'

/** How long a burst of edits (someone typing) waits before the map is read again. */
const SETTLE_MS = 250

/**
 * The open documents read as one plain map, read again shortly after any of them changes. What a
 * meeting's steps, its record and "what changed" are shown from; a family screen has no
 * professional document to read.
 */
export function useMapReading(docs: MapDocuments): MapReading {
  const [reading, setReading] = useState(() => readMapReading(docs))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const read = () => {
      timer = null
      setReading((previous) => keepIfSame(previous, readMapReading(docs)))
    }
    const changed = () => {
      timer ??= setTimeout(read, SETTLE_MS)
    }
    read()
    const open = [docs.shared, docs.record, docs.professional].filter((doc) => doc !== undefined)
    for (const doc of open) doc.on('update', changed)
    return () => {
      for (const doc of open) doc.off('update', changed)
      if (timer) clearTimeout(timer)
    }
  }, [docs])
  return reading
}

import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/**
 * A value read from a Yjs type, read again whenever the type or anything inside it changes, from
 * this device or from anyone else. `read` must be stable (useCallback) or it resubscribes.
 * `keep` may hand back (parts of) the previous value when nothing in them changed, so React skips
 * the re-renders a keystroke elsewhere in the type would otherwise cause.
 */
export function useObservedDeep<T>(
  type: Y.AbstractType<any> | null | undefined,
  read: () => T,
  keep: (previous: T, next: T) => T = (_previous, next) => next,
): T {
  const [value, setValue] = useState(read)

  useEffect(() => {
    const update = () => {
      const next = read()
      setValue((previous) => keep(previous, next))
    }
    update()
    if (!type) return
    type.observeDeep(update)
    return () => type.unobserveDeep(update)
    // `keep` is a comparison, not an input: a new one should not resubscribe.
  }, [type, read])

  return value
}

/** Keeps the previous value when it equals the next one as plain JSON data. */
export function keepIfSame<T>(previous: T, next: T): T {
  return previous === next || JSON.stringify(previous) === JSON.stringify(next) ? previous : next
}

/** Keeps each unchanged item (by id) of a list, so memoised item components skip re-rendering. */
export function keepSameItems<T extends { id: string }>(previous: T[], next: T[]): T[] {
  const byId = new Map(previous.map((item) => [item.id, item]))
  const merged = next.map((item) => {
    const old = byId.get(item.id)
    return old ? keepIfSame(old, item) : item
  })
  const unchanged = merged.length === previous.length && merged.every((item, index) => item === previous[index])
  return unchanged ? previous : merged
}

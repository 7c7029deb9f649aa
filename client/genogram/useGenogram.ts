import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { genogramPinsOf, householdsOf, peopleOf, personDetailsOf, relationshipsOf } from '../../shared/model'
import { readGenogram, type Genogram } from '../../shared/model/genogram'
import { keepIfSame } from '../yjs/useObservedDeep'

/**
 * The genogram read from the shared layer (and the professional layer's contact details, when it
 * is open), read again whenever people, relationships, households or pins change, here or anywhere.
 * Typing in a card or a statement does not read it again.
 */
export function useGenogram(shared: Y.Doc, professional?: Y.Doc): Genogram {
  const [genogram, setGenogram] = useState(() => readGenogram(shared, professional))
  useEffect(() => {
    const types: Y.AbstractType<any>[] = [peopleOf(shared), relationshipsOf(shared), householdsOf(shared), genogramPinsOf(shared)]
    if (professional) types.push(personDetailsOf(professional))
    const update = () => setGenogram((previous) => keepIfSame(previous, readGenogram(shared, professional)))
    update()
    for (const type of types) type.observeDeep(update)
    return () => {
      for (const type of types) type.unobserveDeep(update)
    }
  }, [shared, professional])
  return genogram
}

import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { domainLabel, type Framework } from '../../shared/framework'
import { CARD_LAYERS, cardsOf, readCard, type MapDocuments } from '../../shared/model'
import type { MapProviders } from '../map/useMapDocuments'

interface Announcement {
  id: number
  text: string
}

/**
 * Sentences for a polite live region when someone else adds a card ("New card in Danger from Alex
 * Smith"). One's own cards are never announced, nor the cards that arrive as the map first loads
 * or catches up after a reconnect: only changes that come in while connected.
 */
export function useCardAnnouncements(
  docs: MapDocuments,
  providers: MapProviders,
  framework: Framework,
  memberNames: ReadonlyMap<string, string>,
): Announcement | null {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  // Wording and names change without a need to observe again.
  const latest = useRef({ framework, memberNames })
  useEffect(() => {
    latest.current = { framework, memberNames }
  }, [framework, memberNames])

  useEffect(() => {
    let count = 0
    const stops: (() => void)[] = []
    for (const layer of CARD_LAYERS) {
      const doc = docs[layer]
      const provider = providers[layer]
      if (!doc || !provider) continue
      const cards = cardsOf(doc)
      const observer = (event: Y.YMapEvent<Y.Map<unknown>>) => {
        if (event.transaction.local || !provider.synced) return
        for (const [cardId, change] of event.changes.keys) {
          if (change.action !== 'add') continue
          const card = readCard(doc, layer, cardId)
          if (!card) continue
          const { framework, memberNames } = latest.current
          const who = nameFromAwareness(provider.awareness.getStates(), card.createdBy) ?? memberNames.get(card.createdBy) ?? 'someone else'
          const kind = layer === 'professional' ? 'professionals-only card' : 'card'
          setAnnouncement({ id: ++count, text: `New ${kind} in ${domainLabel(framework, card.domain)} from ${who}` })
        }
      }
      cards.observe(observer)
      stops.push(() => cards.unobserve(observer))
    }
    return () => stops.forEach((stop) => stop())
  }, [docs, providers])

  return announcement
}

function nameFromAwareness(states: Map<number, Record<string, unknown>>, userId: string): string | null {
  for (const state of states.values()) {
    const user = state.user as { id?: unknown; name?: unknown } | undefined
    if (user?.id === userId && typeof user.name === 'string') return user.name
  }
  return null
}

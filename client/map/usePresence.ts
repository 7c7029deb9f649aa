import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from '../session/SessionContext'

const isPresenceUser = (value: unknown): value is PresenceUser =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as PresenceUser).id === 'string' &&
  typeof (value as PresenceUser).name === 'string' &&
  typeof (value as PresenceUser).color === 'string'

/** Everyone with the map open now, once each however many tabs they have, from the awareness of a layer. */
export function usePresence(awareness: Awareness): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>([])

  useEffect(() => {
    const update = () => {
      const byId = new Map<string, PresenceUser>()
      for (const state of awareness.getStates().values()) {
        const user: unknown = state.user
        if (isPresenceUser(user) && !byId.has(user.id)) byId.set(user.id, { id: user.id, name: user.name, color: user.color })
      }
      const next = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      setPeople((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next))
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])

  return people
}

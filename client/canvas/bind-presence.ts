import type { Awareness } from 'y-protocols/awareness'
import {
  createPresenceStateDerivation,
  getDefaultUserPresence,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLShapeId,
  type TLStore,
  type TLUser,
} from 'tldraw'

/** The awareness field that carries a person's canvas presence (cursor, selection). */
const PRESENCE_FIELD = 'canvasPresence'
/** About 20 updates a second: smooth cursors without flooding everyone (TECH-NOTES §1.4 (ii)). */
const SEND_EVERY_MS = 50

const presenceId = (clientId: number) => InstancePresenceRecordType.createId(String(clientId))

/**
 * Shows other people's cursors, with their names, through the shared layer's awareness, and sends
 * ours. Presence records live only in tldraw's store, never in a document.
 */
export function bindPresence(
  store: TLStore,
  awareness: Awareness,
  $user: Signal<TLUser>,
  /** Shapes whose ids must not reach people who cannot see them (professionals-only cards). */
  isPrivate: (shapeId: TLShapeId) => boolean,
): () => void {
  const $presence = createPresenceStateDerivation($user, {
    instanceId: presenceId(awareness.clientID),
    getUserPresence(store, user) {
      const presence = getDefaultUserPresence(store, user)
      if (!presence) return null
      // Nobody follows anyone's view here, and these change on every pan and resize. A pointer
      // that has not moved yet sits at the map's corner: show no cursor rather than a wrong one.
      return {
        ...presence,
        cursor: presence.lastActivityTimestamp ? presence.cursor : null,
        camera: null,
        screenBounds: null,
        selectedShapeIds: presence.selectedShapeIds.filter((id) => !isPrivate(id)),
      }
    },
  })(store)

  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSent = 0
  const send = () => {
    timer = null
    lastSent = Date.now()
    awareness.setLocalStateField(PRESENCE_FIELD, $presence.get())
  }
  const stopSending = react('send canvas presence', () => {
    $presence.get()
    timer ??= setTimeout(send, Math.max(0, SEND_EVERY_MS - (Date.now() - lastSent)))
  })

  const shown = new Set<TLInstancePresence['id']>()
  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const puts: TLInstancePresence[] = []
    const gone: TLInstancePresence['id'][] = removed.map(presenceId)
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const state = awareness.getStates().get(clientId)
      const record = presenceRecord(clientId, state?.[PRESENCE_FIELD], state?.user)
      if (record) puts.push(record)
      else gone.push(presenceId(clientId))
    }
    store.mergeRemoteChanges(() => {
      const leaving = gone.filter((id) => shown.delete(id))
      if (leaving.length) store.remove(leaving)
      for (const record of puts) shown.add(record.id)
      if (puts.length) store.put(puts)
    })
  }
  awareness.on('change', onChange)
  onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    stopSending()
    if (timer) clearTimeout(timer)
    awareness.off('change', onChange)
    awareness.setLocalStateField(PRESENCE_FIELD, null)
    store.mergeRemoteChanges(() => store.remove([...shown]))
  }
}

/**
 * Another person's presence as a tldraw record, or null when it is missing or malformed. The name
 * comes from the awareness `user` field, which the server stamps with the signed-in person.
 */
function presenceRecord(clientId: number, value: unknown, user: unknown): TLInstancePresence | null {
  if (typeof value !== 'object' || value === null) return null
  const who = typeof user === 'object' && user !== null ? (user as { id?: unknown; name?: unknown }) : {}
  if (typeof who.id !== 'string' || typeof who.name !== 'string') return null
  try {
    return InstancePresenceRecordType.validate({ ...value, userId: who.id, userName: who.name, id: presenceId(clientId), typeName: 'instance_presence' })
  } catch {
    return null
  }
}

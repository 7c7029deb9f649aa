import * as awarenessProtocol from 'y-protocols/awareness'

/**
 * Puts the signed-in person into every awareness state a connection sends, whatever it claimed:
 * the names people see on the map (presence, cursors, carets) are the server's, not a browser's.
 */
export function stampWho(update: Uint8Array, who: { id: string; name: string }): Uint8Array {
  return awarenessProtocol.modifyAwarenessUpdate(update, (state: unknown) => {
    if (typeof state !== 'object' || state === null) return state
    const claimed = (state as { user?: unknown }).user
    const user = typeof claimed === 'object' && claimed !== null ? claimed : {}
    return { ...state, user: { ...user, id: who.id, name: who.name } }
  })
}

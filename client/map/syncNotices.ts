import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import { MESSAGE_KINMAP_NOTICE, SyncNotice } from '../../shared/sync-protocol'

/**
 * Hears the server's Kinmap notices on a sync connection (why it did not take a change). Each
 * y-websocket 3 provider has its own handler table, so this touches only the given connection.
 */
export function listenForNotices(provider: WebsocketProvider, onNotice: (notice: SyncNotice) => void): void {
  provider.messageHandlers[MESSAGE_KINMAP_NOTICE] = (_reply, decoder) => {
    let payload: unknown
    try {
      payload = JSON.parse(decoding.readVarString(decoder))
    } catch {
      return
    }
    const notice = SyncNotice.safeParse(payload)
    if (notice.success) onNotice(notice.data)
  }
}

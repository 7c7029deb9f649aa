import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { Layer, MapDocuments } from '../../shared/model'
import { isFinalClose, SYNC_PATH_PREFIX, syncRoom, type SyncNotice } from '../../shared/sync-protocol'
import type { MapAccess } from '../http/contract'
import { usePresenceUser } from '../session/SessionContext'
import { closedMessage } from './closedMessage'
import { listenForNotices } from './syncNotices'

export interface MapProviders {
  shared: WebsocketProvider
  professional?: WebsocketProvider
  record: WebsocketProvider
}

export type ConnectionStatus =
  | { state: 'connecting' }
  | { state: 'connected' }
  /** A connection dropped; the documents keep every change and y-websocket sends them on reconnect. */
  | { state: 'reconnecting' }
  /** The server ended the connection for good (access removed, session ended): no more reconnecting. */
  | { state: 'closed'; code: number; message: string }

export interface MapConnection {
  docs: MapDocuments
  providers: MapProviders
  /** Every layer has loaded from the server at least once; stays true through later reconnects. */
  synced: boolean
  status: ConnectionStatus
  /** The latest thing the server told this person about a change it did not take. */
  notice: SyncNotice | null
  dismissNotice(): void
}

interface Opened {
  docs: MapDocuments
  providers: MapProviders
}

const readsProfessional = (access: MapAccess) => access.professional === 'edit' || access.professional === 'read'

/**
 * Opens one Y.Doc and one sync connection per layer this person may read, and closes them when the
 * map page goes. Null until the connections exist (the first effect after mounting).
 */
export function useMapDocuments(mapId: string, access: MapAccess): MapConnection | null {
  const withProfessional = readsProfessional(access)
  const user = usePresenceUser()
  const [opened, setOpened] = useState<Opened | null>(null)
  const [, setChanges] = useState(0)
  const [everSynced, setEverSynced] = useState<ReadonlySet<Layer>>(new Set())
  const [closed, setClosed] = useState<{ code: number; message: string } | null>(null)
  const [notice, setNotice] = useState<SyncNotice | null>(null)

  useEffect(() => {
    const layers: Layer[] = withProfessional ? ['shared', 'professional', 'record'] : ['shared', 'record']
    const serverUrl = `${location.origin.replace(/^http/, 'ws')}${SYNC_PATH_PREFIX}`
    const docs: Partial<Record<Layer, Y.Doc>> = {}
    const providers: Partial<Record<Layer, WebsocketProvider>> = {}
    const redraw = () => setChanges((count) => count + 1)

    for (const layer of layers) {
      const doc = new Y.Doc()
      // disableBc: two tabs must sync through the server, never around it (and its checks).
      const provider = new WebsocketProvider(serverUrl, syncRoom(mapId, layer), doc, {
        connect: false,
        disableBc: true,
        shouldReconnect: (event) => !isFinalClose(event.code),
      })
      listenForNotices(provider, setNotice)
      provider.on('status', redraw)
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced) setEverSynced((current) => new Set(current).add(layer))
        redraw()
      })
      provider.on('closed', ({ code, reason }) => {
        setClosed({ code, message: closedMessage(code, reason) })
        // One layer refused means the map is closed to this person: stop the others too.
        for (const other of Object.values(providers)) other?.disconnect()
      })
      docs[layer] = doc
      providers[layer] = provider
    }
    for (const provider of Object.values(providers)) provider?.connect()

    setEverSynced(new Set())
    setClosed(null)
    setNotice(null)
    setOpened({
      docs: { shared: docs.shared!, professional: docs.professional, record: docs.record! },
      providers: { shared: providers.shared!, professional: providers.professional, record: providers.record! },
    })

    return () => {
      for (const layer of layers) {
        const provider = providers[layer]!
        provider.destroy()
        provider.awareness.destroy()
        docs[layer]!.destroy()
      }
      setOpened(null)
    }
  }, [mapId, withProfessional])

  // Carets, the presence list and the canvas all read this one awareness field.
  useEffect(() => {
    if (!opened) return
    for (const provider of Object.values(opened.providers)) provider?.awareness.setLocalStateField('user', user)
  }, [opened, user])

  if (!opened) return null
  const providerList = Object.values(opened.providers).filter((provider): provider is WebsocketProvider => !!provider)
  const synced = everSynced.size === providerList.length

  let status: ConnectionStatus
  if (closed) status = { state: 'closed', ...closed }
  else if (providerList.every((provider) => provider.wsconnected && provider.synced)) status = { state: 'connected' }
  else if (synced) status = { state: 'reconnecting' }
  else status = { state: 'connecting' }

  return { ...opened, synced, status, notice, dismissNotice: () => setNotice(null) }
}

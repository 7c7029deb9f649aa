import { useEffect, useMemo, useRef, useState } from 'react'
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
  /** Every open layer has loaded from the server at least once; stays true through later reconnects. */
  synced: boolean
  status: ConnectionStatus
  /** The latest thing the server told this person about a change it did not take. */
  notice: SyncNotice | null
  dismissNotice(): void
}

interface OpenLayer {
  doc: Y.Doc
  provider: WebsocketProvider
}

interface LayerEvents {
  changed(): void
  synced(layer: Layer): void
  notice(notice: SyncNotice): void
  closed(close: { code: number; message: string }): void
}

const readsProfessional = (access: MapAccess) => access.professional === 'edit' || access.professional === 'read'

/** One layer's Y.Doc and its sync connection (BroadcastChannel off: tabs sync through the server). */
function openLayer(mapId: string, layer: Layer, events: LayerEvents): OpenLayer {
  const serverUrl = `${location.origin.replace(/^http/, 'ws')}${SYNC_PATH_PREFIX}`
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(serverUrl, syncRoom(mapId, layer), doc, {
    connect: false,
    disableBc: true,
    shouldReconnect: (event) => !isFinalClose(event.code),
  })
  listenForNotices(provider, events.notice)
  provider.on('status', events.changed)
  provider.on('sync', (isSynced: boolean) => {
    if (isSynced) events.synced(layer)
    events.changed()
  })
  provider.on('closed', ({ code, reason }) => events.closed({ code, message: closedMessage(code, reason) }))
  return { doc, provider }
}

/** Closes the connection and destroys the document: nothing of the layer stays in the browser. */
function closeLayer({ doc, provider }: OpenLayer): void {
  provider.destroy()
  provider.awareness.destroy()
  doc.destroy()
}

/**
 * Opens one Y.Doc and one sync connection per layer this person may read, and closes them when the
 * map page goes. The professional layer opens and closes on its own, so the family audience can
 * drop it (connection and document) while the shared and record layers stay open. Null until the
 * connections exist (the first effect after mounting).
 */
export function useMapDocuments(mapId: string, access: MapAccess): MapConnection | null {
  const withProfessional = readsProfessional(access)
  const user = usePresenceUser()
  const [base, setBase] = useState<{ shared: OpenLayer; record: OpenLayer } | null>(null)
  const [professional, setProfessional] = useState<OpenLayer | null>(null)
  const [, setChanges] = useState(0)
  const [everSynced, setEverSynced] = useState<ReadonlySet<Layer>>(new Set())
  const [closed, setClosed] = useState<{ code: number; message: string } | null>(null)
  const [notice, setNotice] = useState<SyncNotice | null>(null)
  /** Every connection open now, so one layer closed for good can stop the others. */
  const open = useRef(new Set<WebsocketProvider>())

  // Built once: it uses only state setters and the ref, which never change.
  const [events] = useState<LayerEvents>(() => ({
    changed: () => setChanges((count) => count + 1),
    synced: (layer) => setEverSynced((current) => new Set(current).add(layer)),
    notice: setNotice,
    closed: (close) => {
      setClosed(close)
      // One layer refused means the map is closed to this person: stop the others too.
      for (const provider of open.current) provider.disconnect()
    },
  }))

  useEffect(() => {
    const opened = { shared: openLayer(mapId, 'shared', events), record: openLayer(mapId, 'record', events) }
    for (const { provider } of Object.values(opened)) {
      open.current.add(provider)
      provider.connect()
    }
    setEverSynced(new Set())
    setClosed(null)
    setNotice(null)
    setBase(opened)
    return () => {
      for (const layer of Object.values(opened)) {
        open.current.delete(layer.provider)
        closeLayer(layer)
      }
      setBase(null)
    }
  }, [mapId, events])

  useEffect(() => {
    if (!withProfessional) return
    const layer = openLayer(mapId, 'professional', events)
    open.current.add(layer.provider)
    layer.provider.connect()
    setProfessional(layer)
    return () => {
      open.current.delete(layer.provider)
      closeLayer(layer)
      setProfessional(null)
      setEverSynced((current) => new Set([...current].filter((synced) => synced !== 'professional')))
    }
  }, [mapId, withProfessional, events])

  // Carets, the presence list and the canvas all read this one awareness field.
  useEffect(() => {
    for (const layer of [base?.shared, base?.record, professional]) layer?.provider.awareness.setLocalStateField('user', user)
  }, [base, professional, user])

  // Until the professional layer's effect has run, or once it has closed, it is simply not there.
  const pro = withProfessional ? professional : null
  const opened = useMemo(() => {
    if (!base) return null
    const docs: MapDocuments = { shared: base.shared.doc, record: base.record.doc, ...(pro ? { professional: pro.doc } : {}) }
    const providers: MapProviders = { shared: base.shared.provider, record: base.record.provider, ...(pro ? { professional: pro.provider } : {}) }
    return { docs, providers }
  }, [base, pro])

  if (!opened) return null
  const providerList = Object.values(opened.providers) as WebsocketProvider[]
  const openLayers: Layer[] = withProfessional ? ['shared', 'record', 'professional'] : ['shared', 'record']
  const synced = openLayers.every((layer) => everSynced.has(layer)) && (!withProfessional || pro !== null)

  let status: ConnectionStatus
  if (closed) status = { state: 'closed', ...closed }
  else if (providerList.every((provider) => provider.wsconnected && provider.synced)) status = { state: 'connected' }
  else if (synced) status = { state: 'reconnecting' }
  else status = { state: 'connecting' }

  return { ...opened, synced, status, notice, dismissNotice: () => setNotice(null) }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'react-router'
import { fetchMap } from '../http/maps'
import type { MapInfo } from '../http/contract'
import { ApiError } from '../http/request'
import { usePageTitle } from '../app/usePageTitle'
import { accessFor, useAudience } from './useAudience'
import { useMapDocuments } from './useMapDocuments'
import { MapFrame } from './MapFrame'
import './map.css'

/** `/maps/:mapId/*`: one map page per map, so leaving a map closes all of its connections. */
export function MapRoute() {
  const { mapId = '' } = useParams()
  return <MapLoader key={mapId} mapId={mapId} />
}

function MapLoader({ mapId }: { mapId: string }) {
  const [map, setMap] = useState<MapInfo | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  const load = useCallback(() => {
    fetchMap(mapId)
      .then(setMap)
      .catch((failure: ApiError) => setError(failure))
  }, [mapId])

  useEffect(load, [load])

  if (error) return <MapUnavailable error={error} />
  if (!map) return <MapMessage text="Opening the map…" />
  return <OpenMap map={map} reload={load} />
}

function OpenMap({ map, reload }: { map: MapInfo; reload(): void }) {
  const audience = useAudience(map)
  // In the family audience the professional layer is not opened at all, or is closed and
  // destroyed when the screen switches to it.
  const access = accessFor(map.layers, audience.audience)
  const connection = useMapDocuments(map.id, access)

  // The server drops a connection when someone changes this person's role; after any reconnect,
  // read the rights again so the page offers only what the server will now take.
  const state = connection?.status.state
  const previous = useRef(state)
  useEffect(() => {
    if (previous.current === 'reconnecting' && state === 'connected') reload()
    previous.current = state
  }, [state, reload])

  if (!connection) return <MapMessage text="Opening the map…" />
  return <MapFrame map={map} access={access} audience={audience} connection={connection} />
}

function MapMessage({ text }: { text: string }) {
  usePageTitle('Map')
  return (
    <main id="main" className="page">
      <p role="status">{text}</p>
    </main>
  )
}

function MapUnavailable({ error }: { error: ApiError }) {
  usePageTitle('Map not available')
  return (
    <main id="main" className="page page--narrow">
      <h1>Map not available</h1>
      <p>
        {error.status === 404
          ? 'This map does not exist, or you are not a member of it.'
          : error.message}
      </p>
      <p>
        <Link to="/">Go to your maps</Link>
      </p>
    </main>
  )
}

import { useCallback, useEffect, useState } from 'react'
import { Link } from 'react-router'
import { FRAMEWORK_NAMES } from '../../shared/framework'
import { listMaps } from '../http/maps'
import { MAP_ROLE_NAMES } from '../../shared/map-roles'
import type { MapSummary } from '../http/contract'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatLondonDateTime } from '../app/londonTime'
import { usePageTitle } from '../app/usePageTitle'
import { NewMapForm } from './NewMapForm'
import './maps.css'

export function MapListPage() {
  usePageTitle('Your maps')
  const [maps, setMaps] = useState<MapSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const { maps } = await listMaps()
      setMaps([...maps].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)))
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <main id="main" className="page map-list">
      <h1>Your maps</h1>
      <div className="map-list__layout">
        <section aria-labelledby="map-list-heading" className="map-list__maps">
          <h2 id="map-list-heading">Maps you are a member of</h2>
          <ErrorMessage message={error} />
          {maps === null && !error && <p role="status">Loading your maps…</p>}
          {maps?.length === 0 && <p>You are not a member of any map yet. Start one with the New map form.</p>}
          {maps && maps.length > 0 && (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Map</th>
                  <th scope="col">Framework</th>
                  <th scope="col">Your role</th>
                  <th scope="col">Last updated</th>
                </tr>
              </thead>
              <tbody>
                {maps.map((map) => (
                  <tr key={map.id}>
                    <th scope="row">
                      <Link to={`/maps/${encodeURIComponent(map.id)}`}>{map.title}</Link>
                    </th>
                    <td>{FRAMEWORK_NAMES[map.framework]}</td>
                    <td>{MAP_ROLE_NAMES[map.role]}</td>
                    <td>
                      <time dateTime={map.updatedAt}>{formatLondonDateTime(map.updatedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <NewMapForm />
      </div>
    </main>
  )
}

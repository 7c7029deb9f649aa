import { useCallback, useEffect, useState } from 'react'
import { Link } from 'react-router'
import { FRAMEWORK_NAMES } from '../../shared/framework'
import { listMaps } from '../http/maps'
import { ACCESS_ROLE_NAMES, runsCommands } from '../../shared/map-roles'
import type { MapSummary } from '../http/contract'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatLondonDateTime } from '../../shared/london-time'
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

  // A manager's team's maps (that they are not a member of) come with the role 'manager'.
  const own = maps?.filter((map) => map.role !== 'manager') ?? null
  const team = maps?.filter((map) => map.role === 'manager') ?? []

  return (
    <main id="main" className="page map-list">
      <h1>Your maps</h1>
      <div className="map-list__layout">
        <div className="map-list__sections">
          <section aria-labelledby="map-list-heading" className="map-list__maps">
            <h2 id="map-list-heading">Maps you are a member of</h2>
            <ErrorMessage message={error} />
            {own === null && !error && <p role="status">Loading your maps…</p>}
            {own?.length === 0 && <p>You are not a member of any map yet. Start one with the New map form.</p>}
            {own && own.length > 0 && <MapTable maps={own} />}
          </section>
          {team.length > 0 && (
            <section aria-labelledby="team-maps-heading" className="map-list__maps">
              <h2 id="team-maps-heading">Your team's maps</h2>
              <p className="map-list__note">
                As the team's manager you can read these maps. To work on one, ask its owner to add you as a member.
              </p>
              <MapTable maps={team} />
            </section>
          )}
        </div>
        <NewMapForm />
      </div>
    </main>
  )
}

function MapTable({ maps }: { maps: MapSummary[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Map</th>
          <th scope="col">Framework</th>
          <th scope="col">Your role</th>
          <th scope="col">Last updated</th>
          <th scope="col">
            <span className="visually-hidden">Meeting</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {maps.map((map) => (
          <tr key={map.id}>
            <th scope="row">
              <Link to={`/maps/${encodeURIComponent(map.id)}`}>{map.title}</Link>
            </th>
            <td>{FRAMEWORK_NAMES[map.framework]}</td>
            <td>{ACCESS_ROLE_NAMES[map.role]}</td>
            <td>
              <time dateTime={map.updatedAt}>{formatLondonDateTime(map.updatedAt)}</time>
            </td>
            <td>
              {runsCommands(map.role) && (
                // A meeting with the family starts in their audience: nothing professional-only is ever opened.
                <Link to={`/maps/${encodeURIComponent(map.id)}?audience=family`}>
                  Start family meeting<span className="visually-hidden"> for {map.title}</span>
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

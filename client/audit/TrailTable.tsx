import { formatLondonDateTime } from '../../shared/london-time'
import type { TrailEvent } from './trail'

/** The events found, newest first. Ids stay visible so they can be copied into the filters. */
export function TrailTable({ events, caption }: { events: TrailEvent[]; caption: string }) {
  return (
    // A region that takes focus, so a table wider than a narrow screen can be scrolled from the keyboard.
    <div className="trail-table" role="region" aria-label="Audit trail events" tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time (UK)</th>
            <th scope="col">Event</th>
            <th scope="col">Who</th>
            <th scope="col">Map</th>
            <th scope="col">Details</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {events.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <time dateTime={row.at}>{formatLondonDateTime(row.at)}</time>
              </th>
              <td>{row.eventName}</td>
              <td>
                {row.who}
                {row.actorUserId && <span className="trail-table__id">{row.actorUserId}</span>}
              </td>
              <td>
                {row.mapTitle ?? (row.mapId === null && <span className="visually-hidden">No map</span>)}
                {row.mapId && <span className={row.mapTitle ? 'trail-table__id' : 'trail-table__id trail-table__id--alone'}>{row.mapId}</span>}
              </td>
              <td>{row.details}</td>
              <td className="trail-table__address">{row.ip ?? <span className="visually-hidden">Not known</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

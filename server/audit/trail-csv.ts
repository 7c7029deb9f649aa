import type { AuditQuery, AuditRecord, Store } from '../store/store.js'
import { formatLondonDateTime } from '../../shared/london-time.js'
import { TrailNames } from './trail-names.js'
import { detailInWords, EVENT_NAMES, whoActed } from './wording.js'

/** Rows read per page of a download: enough to be quick, few enough that memory stays small. */
const PAGE = 500

const HEADER = [
  'Event number',
  'Time (UTC ISO 8601)',
  'Time (UK)',
  'Event',
  'Event in words',
  'Staff account id',
  'Who',
  'Invitation id',
  'Map id',
  'Details',
  'Detail as recorded',
  'Address',
]

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * cell a spreadsheet would run as a formula (starting = + - @, tab or carriage return) gets a
 * leading apostrophe, so a staff name like "=HYPERLINK(...)" stays text when the file is opened.
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert
}

const csvLine = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`

function rowOf(record: AuditRecord, names: TrailNames): string[] {
  return [
    String(record.id),
    record.at,
    formatLondonDateTime(record.at),
    record.event,
    EVENT_NAMES[record.event],
    record.actorUserId ?? '',
    whoActed(record, names),
    record.actorInvitationId ?? '',
    record.mapId ?? '',
    detailInWords(record, names),
    JSON.stringify(record.detail),
    record.ip ?? '',
  ]
}

/**
 * The trail as CSV text, a page at a time, for events numbered up to `newestId` (so the download
 * holds exactly the events counted when it was asked for). A byte-order mark first, so Excel
 * reads the file as UTF-8; lines end CRLF. Each page is read whole and then handed on: an open
 * SQLite cursor would hold the connection, and every editor's writes with it, for the download.
 */
export async function* trailCsv(store: Store, query: Omit<AuditQuery, 'limit' | 'before'>, newestId: number | null): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(HEADER)}`
  if (newestId === null) return
  const names = new TrailNames(store)
  let before = newestId + 1
  for (;;) {
    const page = await store.audit.list({ ...query, before, limit: PAGE })
    await names.learn(page)
    yield page.map((record) => csvLine(rowOf(record, names))).join('')
    if (page.length < PAGE) return
    before = page[page.length - 1].id
  }
}

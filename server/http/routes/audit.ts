import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { Id } from '../../../shared/model/schema.js'
import { londonMidnight, londonToday } from '../../../shared/london-time.js'
import { trailCsv } from '../../audit/trail-csv.js'
import { TrailNames } from '../../audit/trail-names.js'
import { AUDIT_EVENT_KINDS, detailInWords, EVENT_NAMES, whoActed } from '../../audit/wording.js'
import type { Staff } from '../../policy.js'
import type { AuditQuery, AuditRecord } from '../../store/store.js'
import type { AppContext } from '../context.js'
import { parseInput } from '../errors.js'
import { requireAllowed } from '../allowed.js'
import { requireStaff } from '../signed-in.js'

const MAX_PAGE = 200

/** Days are London calendar days, "2026-11-22"; the page shows and takes them as dd/mm/yyyy. */
const FILTERS = {
  event: z.enum(AUDIT_EVENT_KINDS).optional(),
  /** A staff account's id, or a family or network member's invitation id. */
  actor: Id.optional(),
  mapId: Id.optional(),
  from: z.iso.date({ message: 'a day is written yyyy-mm-dd, for example 2026-11-22' }).optional(),
  to: z.iso.date({ message: 'a day is written yyyy-mm-dd, for example 2026-11-22' }).optional(),
}
const fromNotAfterTo = (filters: { from?: string; to?: string }) => !filters.from || !filters.to || filters.from <= filters.to
const DATES_IN_ORDER = { message: 'the from date must not be after the to date', path: ['to'] }

const Filters = z.object(FILTERS).strict().refine(fromNotAfterTo, DATES_IN_ORDER)
const PageQuery = z
  .object({
    ...FILTERS,
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  })
  .strict()
  .refine(fromNotAfterTo, DATES_IN_ORDER)
type Filters = z.infer<typeof Filters>

/**
 * The audit trail, read back: a page at a time for the viewer, or whole as CSV. Administrators see
 * all of it; a manager sees their team's share (see TEAM_SCOPE in store/sqlite/audit.ts). Reading
 * it is itself recorded: the first page of a view (not each further page) and every download.
 */
export function auditRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, policy } = context

  const auditReader = async (request: FastifyRequest): Promise<Staff> => {
    const { actor } = requireStaff(request)
    await requireAllowed(context, actor, 'audit:read', 'Only administrators and team managers can read the audit trail.')
    return actor
  }

  /** The filters as a store query, scoped to what this reader may see. */
  const queryFor = async (reader: Staff, filters: Filters): Promise<Omit<AuditQuery, 'limit'>> => {
    // Staff and invitation ids are both random UUIDs: an id that is an account's is never an invitation's.
    const actor =
      filters.actor === undefined ? {} : (await store.accounts.findById(filters.actor)) ? { actorUserId: filters.actor } : { actorInvitationId: filters.actor }
    return {
      ...actor,
      ...(filters.event && { event: filters.event }),
      ...(filters.mapId && { mapId: filters.mapId }),
      ...(filters.from && { from: londonMidnight(filters.from) }),
      ...(filters.to && { to: londonMidnight(filters.to, 1) }),
      ...(!reader.isAdmin && { teamId: reader.teamId }),
    }
  }

  /** Titles of the maps the reader may open; any other map is shown by its id alone. */
  const titlesFor = async (reader: Staff, records: AuditRecord[]) => {
    const titles = new Map<string, string>()
    for (const mapId of new Set(records.flatMap((record) => (record.mapId === null ? [] : [record.mapId])))) {
      if (!(await policy.can(reader, 'map:open', mapId))) continue
      const map = await store.catalogue.find(mapId)
      if (map) titles.set(mapId, map.title)
    }
    return titles
  }

  app.get('/api/audit', async (request, reply) => {
    const reader = await auditReader(request)
    const { before, limit, ...filters } = parseInput(PageQuery, request.query, 'search')
    const query = await queryFor(reader, filters)
    // One more than asked for, to know whether there is a next page.
    const found = await store.audit.list({ ...query, ...(before && { before }), limit: limit + 1 })
    const records = found.slice(0, limit)
    const names = new TrailNames(store)
    await names.learn(records)
    const titles = await titlesFor(reader, records)
    if (before === undefined) {
      const filtered = Object.values(filters).some((value) => value !== undefined)
      await store.audit.append({ event: 'audit-viewed', actorUserId: reader.id, mapId: null, detail: { filtered }, ip: request.ip })
    }
    reply.header('cache-control', 'no-store')
    return {
      scope: reader.isAdmin ? 'everything' : 'team',
      kinds: AUDIT_EVENT_KINDS.map((event) => ({ event, name: EVENT_NAMES[event] })),
      events: records.map((record) => ({
        id: record.id,
        at: record.at,
        event: record.event,
        eventName: EVENT_NAMES[record.event],
        actorUserId: record.actorUserId,
        actorInvitationId: record.actorInvitationId,
        who: whoActed(record, names),
        mapId: record.mapId,
        mapTitle: (record.mapId && titles.get(record.mapId)) ?? null,
        details: detailInWords(record, names),
        ip: record.ip,
      })),
      nextBefore: found.length > limit ? records[records.length - 1].id : null,
    }
  })

  app.get('/api/audit.csv', async (request, reply) => {
    const reader = await auditReader(request)
    const query = await queryFor(reader, parseInput(Filters, request.query, 'search'))
    // Counted and recorded before a byte is sent; the download then holds exactly the events counted.
    const { events, newestId } = await store.audit.count(query)
    await store.audit.append({ event: 'audit-exported', actorUserId: reader.id, mapId: null, detail: { rows: events }, ip: request.ip })
    context.log.info({ by: reader.id, rows: events }, 'audit trail downloaded')
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="kinmap-audit-trail-${londonToday()}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(trailCsv(store, query, newestId)))
  })
}

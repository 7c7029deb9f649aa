import { z } from 'zod'
import { request } from '../http/request'

/** The audit trail as `GET /api/audit` answers it: names, titles and wording done by the server. */
const TrailEvent = z.object({
  id: z.number(),
  at: z.string(),
  event: z.string(),
  eventName: z.string(),
  actorUserId: z.string().nullable(),
  actorInvitationId: z.string().nullable(),
  who: z.string(),
  mapId: z.string().nullable(),
  /** Only for a map the reader may open; any other map shows by its id. */
  mapTitle: z.string().nullable(),
  details: z.string(),
  ip: z.string().nullable(),
})
export type TrailEvent = z.infer<typeof TrailEvent>

const TrailPage = z.object({
  scope: z.enum(['everything', 'team']),
  kinds: z.array(z.object({ event: z.string(), name: z.string() })),
  events: z.array(TrailEvent),
  nextBefore: z.number().nullable(),
})
export type TrailPage = z.infer<typeof TrailPage>

/** What the trail is narrowed to. Days are "yyyy-mm-dd"; an empty string is no filter. */
export interface TrailFilters {
  event: string
  actor: string
  mapId: string
  from: string
  to: string
}
export const FILTER_NAMES = ['event', 'actor', 'mapId', 'from', 'to'] as const satisfies readonly (keyof TrailFilters)[]

export const filtersFrom = (params: URLSearchParams): TrailFilters =>
  Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? ''])) as unknown as TrailFilters

/** The filters that are set, as a query string for the page's address, the API and the download. */
export function filterQuery(filters: TrailFilters): URLSearchParams {
  const query = new URLSearchParams()
  for (const name of FILTER_NAMES) if (filters[name].trim()) query.set(name, filters[name].trim())
  return query
}

const PAGE_SIZE = 50

export function fetchTrailPage(filters: TrailFilters, before: number | null): Promise<TrailPage> {
  const query = filterQuery(filters)
  query.set('limit', String(PAGE_SIZE))
  if (before !== null) query.set('before', String(before))
  return request('GET', `/api/audit?${query}`, { schema: TrailPage })
}

export const csvAddress = (filters: TrailFilters) => {
  const query = filterQuery(filters).toString()
  return query ? `/api/audit.csv?${query}` : '/api/audit.csv'
}

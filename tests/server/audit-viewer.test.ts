import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { londonToday } from '../../shared/london-time.js'
import type { AuditRecord } from '../../server/store/store.js'
import { ApiClient } from '../support/http-client.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'

interface ViewedEvent {
  id: number
  event: string
  eventName: string
  who: string
  actorUserId: string | null
  actorInvitationId: string | null
  mapId: string | null
  mapTitle: string | null
  details: string
}

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') (cell += '"'), at++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\r' && text[at + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), at++
    else cell += char
  }
  return rows
}

describe('the audit trail viewer', () => {
  let server: TestKinmap
  let admin: SignedInStaff
  let manager: SignedInStaff
  let worker: SignedInStaff
  let outsider: SignedInStaff
  let observer: SignedInStaff
  let teamMapId: string
  let otherMapId: string
  const invitationId = 'invitation-of-the-north-team'

  const trail = () => server.kinmap.store.audit.list({ limit: 10_000 })
  const eventsOf = async (event: AuditRecord['event'], actorUserId: string) => (await trail()).filter((row) => row.event === event && row.actorUserId === actorUserId)
  const view = async (who: SignedInStaff, query = '') => {
    const response = await who.client.get(`/api/audit${query}`)
    expect(response.status, response.text).toBe(200)
    return response.body as { scope: string; events: ViewedEvent[]; nextBefore: number | null; kinds: { event: string; name: string }[] }
  }

  beforeAll(async () => {
    server = await startTestKinmap({ signInLimit: { max: 1000, timeWindowMs: 60_000 } })
    const { store } = server.kinmap
    await store.teams.create({ id: 'north-team', name: 'North', createdAt: new Date().toISOString() })
    admin = await signedInStaff(server, { admin: true, name: 'Ada Admin' })
    manager = await signedInStaff(server, { name: 'Mo Manager' })
    worker = await signedInStaff(server, { name: '=Tess, "the" Worker' })
    outsider = await signedInStaff(server, { name: 'Olu Outsider' })
    observer = await signedInStaff(server, { name: 'Obi Observer' })
    await store.teams.assign(manager.id, 'north-team', true)
    await store.teams.assign(worker.id, 'north-team', false)
    teamMapId = await createTestMap(worker.client, { title: 'The North family' })
    otherMapId = await createTestMap(outsider.client, { title: 'The Other family' })
    await addMember(outsider.client, otherMapId, observer, 'observer')
    // A family member's events come from the invitations flow; the trail takes them as it takes any event.
    await store.invitations.create({ id: invitationId, mapId: teamMapId, personId: 'person-1', tokenHash: 'a'.repeat(64), createdBy: worker.id, createdAt: Date.now(), expiresAt: Date.now() + 86_400_000, revokedAt: null, firstUsedAt: null, deviceHash: null })
    await store.audit.append({ event: 'invitation-used', actorUserId: null, actorInvitationId: invitationId, mapId: teamMapId, detail: { firstUse: true }, ip: '127.0.0.1' })
    await store.audit.append({ event: 'sign-out', actorUserId: null, actorInvitationId: invitationId, mapId: null, detail: {}, ip: '127.0.0.1' })
  })
  afterAll(async () => {
    await server.close()
  })

  it('shows an administrator everything, in plain words, with names looked up and no map titles they may not open', async () => {
    const { scope, events, kinds } = await view(admin, '?limit=200')
    expect(scope).toBe('everything')
    expect(kinds).toContainEqual({ event: 'map-opened', name: 'Map opened' })
    expect(events).toContainEqual(expect.objectContaining({ event: 'sign-in', eventName: 'Signed in', actorUserId: outsider.id, who: 'Olu Outsider', details: 'With a password' }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'map-created', mapId: teamMapId, who: worker.name, mapTitle: null }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'member-added', mapId: otherMapId, details: 'Obi Observer added as observer (read only)' }))
    expect(events).toContainEqual(
      expect.objectContaining({ event: 'invitation-used', actorUserId: null, actorInvitationId: invitationId, who: `Family or network member (invitation ${invitationId})`, details: 'First use of the link' }),
    )
    expect(events.map((row) => row.id)).toEqual([...events.map((row) => row.id)].sort((a, b) => b - a))
  })

  it("shows a manager only their team's share: its maps, and its people's and families' events on no map", async () => {
    const { scope, events } = await view(manager, '?limit=200')
    expect(scope).toBe('team')
    expect(events).toContainEqual(expect.objectContaining({ event: 'map-created', mapId: teamMapId, mapTitle: 'The North family' }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'sign-in', actorUserId: worker.id }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'sign-out', actorInvitationId: invitationId }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'invitation-used', mapId: teamMapId }))
    for (const row of events) {
      const ofTheTeam = row.mapId === teamMapId || (row.mapId === null && [worker.id, manager.id].includes(row.actorUserId ?? '')) || row.actorInvitationId === invitationId
      expect(ofTheTeam, JSON.stringify(row)).toBe(true)
    }
    // Asking for someone else's events does not widen the scope.
    expect((await view(manager, `?actor=${outsider.id}`)).events).toEqual([])
    expect((await view(manager, `?mapId=${otherMapId}`)).events).toEqual([])
  })

  it('refuses professionals and observers, and records the refusal', async () => {
    for (const refused of [outsider, observer]) {
      for (const path of ['/api/audit', '/api/audit.csv']) {
        const response = await refused.client.get(path)
        expect(response.status).toBe(403)
        expect(response.body).toEqual({ error: 'Only administrators and team managers can read the audit trail.' })
      }
      expect(await eventsOf('access-refused', refused.id)).toEqual([
        expect.objectContaining({ mapId: null, detail: { where: 'http', action: 'audit:read' } }),
        expect.objectContaining({ mapId: null, detail: { where: 'http', action: 'audit:read' } }),
      ])
    }
    expect((await new ApiClient(server.url).get('/api/audit')).status).toBe(401)
  })

  it('filters by kind of event, person, family member, map and days, and pages with a cursor', async () => {
    const signIns = (await view(admin, '?event=sign-in&limit=200')).events
    expect(signIns.length).toBeGreaterThanOrEqual(5)
    expect(new Set(signIns.map((row) => row.event))).toEqual(new Set(['sign-in']))

    const workers = (await view(admin, `?actor=${worker.id}&limit=200`)).events
    expect(workers.length).toBeGreaterThan(0)
    expect(workers.every((row) => row.actorUserId === worker.id)).toBe(true)
    expect((await view(admin, `?actor=${invitationId}`)).events.map((row) => row.event)).toEqual(['sign-out', 'invitation-used'])

    const onTheMap = (await view(admin, `?mapId=${otherMapId}&limit=200`)).events
    expect(onTheMap.map((row) => row.event).sort()).toEqual(['map-created', 'member-added'])

    // Days are London days, as the page takes them.
    const today = londonToday()
    const dayBefore = londonToday(new Date(Date.now() - 2 * 86_400_000))
    expect((await view(admin, `?from=${dayBefore}&to=${today}&mapId=${otherMapId}`)).events).toHaveLength(2)
    expect((await view(admin, `?from=${dayBefore}&to=${dayBefore}`)).events).toEqual([])

    const all = (await view(admin, '?event=sign-in&limit=200')).events.map((row) => row.id)
    const paged: number[] = []
    let page = await view(admin, '?event=sign-in&limit=2')
    for (;;) {
      paged.push(...page.events.map((row) => row.id))
      if (page.nextBefore === null) break
      page = await view(admin, `?event=sign-in&limit=2&before=${page.nextBefore}`)
    }
    expect(paged).toEqual(all)
  })

  it('records a view once, on its first page, saying whether it was filtered', async () => {
    const before = (await eventsOf('audit-viewed', admin.id)).length
    const first = await view(admin, '?limit=1')
    await view(admin, `?limit=1&before=${first.nextBefore}`)
    await view(admin, '?event=map-opened')
    const viewed = await eventsOf('audit-viewed', admin.id)
    expect(viewed).toHaveLength(before + 2)
    expect(viewed.slice(0, 2).map((row) => row.detail)).toEqual([{ filtered: true }, { filtered: false }])
  })

  it('downloads the filtered trail as CSV: a header row, quoted cells, no live formulas, UK times, and the download recorded with its count', async () => {
    const response = await admin.client.get(`/api/audit.csv?actor=${worker.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kinmap-audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(response.text.startsWith('\uFEFF')).toBe(true)

    const [header, ...rows] = parseCsv(response.text.slice(1))
    expect(header).toEqual(['Event number', 'Time (UTC ISO 8601)', 'Time (UK)', 'Event', 'Event in words', 'Staff account id', 'Who', 'Invitation id', 'Map id', 'Details', 'Detail as recorded', 'Address'])
    const expected = await eventsOf('sign-in', worker.id)
    expect(rows.length).toBeGreaterThan(expected.length)
    const signIn = rows.find((row) => row[0] === String(expected[0].id))!
    expect(signIn[1]).toBe(expected[0].at)
    expect(signIn[2]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
    expect(signIn.slice(3, 7)).toEqual(['sign-in', 'Signed in', worker.id, `'=Tess, "the" Worker`])
    expect(signIn[10]).toBe('{"method":"password"}')
    // The raw text: the name quoted, its quotes doubled, and an apostrophe before the equals sign.
    expect(response.text).toContain(`,"'=Tess, ""the"" Worker",`)

    const exported = await eventsOf('audit-exported', admin.id)
    expect(exported[0]).toMatchObject({ mapId: null, detail: { rows: rows.length } })
  })

  it("downloads only a manager's share, and an empty match as a header row alone", async () => {
    const theirs = parseCsv((await manager.client.get('/api/audit.csv')).text.slice(1)).slice(1)
    expect(theirs.length).toBeGreaterThan(0)
    expect(theirs.some((row) => row[8] === otherMapId || row[5] === outsider.id)).toBe(false)

    const empty = await manager.client.get(`/api/audit.csv?mapId=${otherMapId}`)
    expect(parseCsv(empty.text.slice(1))).toHaveLength(1)
    expect((await eventsOf('audit-exported', manager.id)).map((row) => row.detail)).toEqual([{ rows: 0 }, { rows: theirs.length }])
  })

  it('answers bad filters with a clear 400, and records nothing for them', async () => {
    const cases: Array<[string, string]> = [
      ['?event=coffee-break', 'Please check the search: event must be one of: sign-in,'],
      ['?from=22/11/2026', 'Please check the search: from: a day is written yyyy-mm-dd, for example 2026-11-22.'],
      ['?from=2026-11-22&to=2026-11-01', 'Please check the search: to: the from date must not be after the to date.'],
      ['?limit=5000', 'Please check the search: limit can be at most 200.'],
      ['?before=abc', 'Please check the search: before must be a number.'],
      ['?actor=not%20an%20id', 'Please check the search: actor: an id is 1-64 letters, digits, _ or -.'],
      ['?colour=blue', 'Please check the search: the search has a field Kinmap does not expect: colour.'],
    ]
    const viewed = (await eventsOf('audit-viewed', admin.id)).length
    for (const [query, message] of cases) {
      const response = await admin.client.get(`/api/audit${query}`)
      expect(response.status, query).toBe(400)
      expect(response.body.error, query).toContain(message)
    }
    const csv = await admin.client.get('/api/audit.csv?limit=10')
    expect(csv.status).toBe(400)
    expect(csv.body.error).toContain('limit')
    expect(await eventsOf('audit-viewed', admin.id)).toHaveLength(viewed)
  })
})

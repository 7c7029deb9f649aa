import { execFileSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import type { AuditQuery, AuditRecord } from '../../server/store/store.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { ApiClient } from '../support/http-client.js'
import { addMember, createTestMap } from '../support/maps.js'
import { PASSWORD, signedInStaff } from '../support/staff.js'
import { connectLayer, tryUpgrade, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('the audit trail', () => {
  let server: TestKinmap
  const clients: LayerClient[] = []

  beforeAll(async () => {
    server = await startTestKinmap({ signInLimit: { max: 1000, timeWindowMs: 60_000 } })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  const trail = (query: Partial<AuditQuery> = {}) => server.kinmap.store.audit.list({ limit: 1000, ...query })
  const eventsOf = async (query: Partial<AuditQuery>, event: AuditRecord['event']) => (await trail(query)).filter((row) => row.event === event)

  /** Every column of every stored row, as the database holds it: no way round the store's types. */
  const everythingStored = () => {
    const db = new Database(path.join(server.dataDir, 'kinmap.db'), { readonly: true })
    try {
      return JSON.stringify(db.prepare('SELECT * FROM audit_events').all())
    } finally {
      db.close()
    }
  }
  const expectNoneStored = (secrets: string[]) => {
    const stored = everythingStored().toLowerCase()
    for (const secret of secrets) expect(stored, secret).not.toContain(secret.toLowerCase())
  }

  const open = (mapId: string, layer: 'shared' | 'professional' | 'record', cookie: string | null) => {
    const client = connectLayer(server.url, mapId, layer, cookie, { reconnect: false })
    clients.push(client)
    return client
  }

  it('records signing in, a failed sign-in and signing out, with the right actor and no email anywhere', async () => {
    const staff = await signedInStaff(server, { name: 'Wilhelmina Audit' })
    expect(await eventsOf({ actorUserId: staff.id }, 'sign-in')).toEqual([
      { id: expect.any(Number), at: expect.any(String), event: 'sign-in', actorUserId: staff.id, actorInvitationId: null, mapId: null, detail: { method: 'password' }, ip: expect.stringMatching(/127\.0\.0\.1$/) },
    ])

    expect((await new ApiClient(server.url).signIn(staff.email, 'not the password at all')).status).toBe(401)
    const unknownEmail = 'nobody.at.all@example.org'
    expect((await new ApiClient(server.url).signIn(unknownEmail, 'not the password at all')).status).toBe(401)
    expect(await eventsOf({ actorUserId: staff.id }, 'sign-in-failed')).toEqual([
      expect.objectContaining({ actorUserId: staff.id, detail: { reason: 'wrong-password' } }),
    ])
    const unknown = (await eventsOf({}, 'sign-in-failed')).filter((row) => row.actorUserId === null)
    expect(unknown).toHaveLength(1)
    expect(unknown[0]).toMatchObject({ actorUserId: null, mapId: null, detail: { reason: 'unknown-account' }, ip: expect.any(String) })

    expect((await staff.client.delete('/api/session')).status).toBe(204)
    expect(await eventsOf({ actorUserId: staff.id }, 'sign-out')).toEqual([expect.objectContaining({ actorUserId: staff.id, detail: {} })])

    expectNoneStored([staff.email, unknownEmail, 'Wilhelmina', 'not the password'])
  })

  it('records a locked account by its id, and a locked unknown address by nothing but where it came from', async () => {
    const staff = await signedInStaff(server)
    const client = new ApiClient(server.url)
    for (let attempt = 0; attempt < 5; attempt++) await client.signIn(staff.email, 'a wrong password!')
    expect((await client.signIn(staff.email, PASSWORD)).status).toBe(429)
    const reasons = (await eventsOf({ actorUserId: staff.id }, 'sign-in-failed')).map((row) => row.detail)
    expect(reasons).toEqual([{ reason: 'locked' }, ...Array(5).fill({ reason: 'wrong-password' })])
    expect(await eventsOf({ actorUserId: staff.id }, 'sign-in')).toHaveLength(1) // only signedInStaff's own
  })

  it("records each layer opened over sync with the access it was given; an observer's is read", async () => {
    const owner = await signedInStaff(server)
    const observer = await signedInStaff(server)
    const mapId = await createTestMap(owner.client)
    await addMember(owner.client, mapId, observer, 'observer')
    expect(await eventsOf({ mapId }, 'map-created')).toEqual([expect.objectContaining({ actorUserId: owner.id, mapId, detail: {} })])

    await Promise.all((['shared', 'professional', 'record'] as const).map((layer) => open(mapId, layer, owner.client.cookie).synced()))
    await open(mapId, 'shared', observer.client.cookie).synced()

    const opened = (actorUserId: string) => eventsOf({ mapId, actorUserId }, 'map-opened').then((rows) => rows.map((row) => row.detail))
    expect(await opened(owner.id)).toEqual(
      expect.arrayContaining([
        { layer: 'shared', access: 'edit' },
        { layer: 'professional', access: 'edit' },
        { layer: 'record', access: 'read' },
      ]),
    )
    expect(await opened(owner.id)).toHaveLength(3)
    expect(await opened(observer.id)).toEqual([{ layer: 'shared', access: 'read' }])
  })

  it('records an editing session that wrote, with how many updates, when its socket closes', async () => {
    const owner = await signedInStaff(server)
    const observer = await signedInStaff(server)
    const mapId = await createTestMap(owner.client, { title: 'Audited Confidential Title' })
    await addMember(owner.client, mapId, observer, 'observer')
    const writer = open(mapId, 'shared', owner.client.cookie)
    const reader = open(mapId, 'professional', owner.client.cookie)
    const watcher = open(mapId, 'shared', observer.client.cookie)
    await Promise.all([writer.synced(), reader.synced(), watcher.synced()])

    const cardIds = [
      createCard(writer.doc, 'shared', aCard(owner.id, { text: 'Audited secret card text' })),
      createCard(writer.doc, 'shared', aCard(owner.id, { text: 'And another' })),
    ]
    createCard(watcher.doc, 'shared', aCard(observer.id, { text: 'Dropped: observers cannot write' }))
    const seen = () => readCards(watcher.doc, 'shared').map((card) => card.id)
    await waitFor(() => cardIds.every((id) => seen().includes(id)), { what: "the owner's cards at the observer" })
    await waitFor(() => watcher.notices.length > 0, { what: 'the read-only notice' })
    for (const client of [writer, reader, watcher]) client.provider.disconnect()

    const ended = await waitFor(() => eventsOf({ mapId }, 'editing-session-ended').then((rows) => rows[0]), { what: 'the editing session' })
    expect(ended).toMatchObject({ actorUserId: owner.id, mapId, detail: { layer: 'shared', updates: 2 } })
    // Neither the owner's session that only read nor the observer's refused edit counts as editing.
    await waitFor(() => writer.provider.wsconnected === false && watcher.provider.wsconnected === false)
    expect(await eventsOf({ mapId }, 'editing-session-ended')).toHaveLength(1)
    expectNoneStored(['Audited Confidential Title', 'Audited secret card text', 'Mia Hale'])
  })

  it('records member changes and commands, by whom, with ids and roles only', async () => {
    const owner = await signedInStaff(server)
    const colleague = await signedInStaff(server, { name: 'Cornelius Member' })
    const mapId = await createTestMap(owner.client)

    await addMember(owner.client, mapId, colleague, 'observer')
    await addMember(owner.client, mapId, colleague, 'professional')
    expect((await owner.client.delete(`/api/maps/${mapId}/members/${colleague.id}`)).status).toBe(204)
    expect((await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Renamed Secret Title' })).status).toBe(200)

    const rows = (await trail({ mapId, actorUserId: owner.id })).filter((row) => row.event !== 'map-created')
    expect(rows.map(({ event, detail }) => ({ event, detail })).reverse()).toEqual([
      { event: 'member-added', detail: { userId: colleague.id, role: 'observer' } },
      { event: 'member-role-changed', detail: { userId: colleague.id, role: 'professional', previousRole: 'observer' } },
      { event: 'member-removed', detail: { userId: colleague.id, role: 'professional' } },
      { event: 'command', detail: { type: 'rename-map' } },
    ])
    expectNoneStored([colleague.email, 'Cornelius', 'Renamed Secret Title'])
  })

  it("records a non-member's attempts, over HTTP and over sync, as access refused", async () => {
    const owner = await signedInStaff(server)
    const observer = await signedInStaff(server)
    const stranger = await signedInStaff(server)
    const mapId = await createTestMap(owner.client)
    await addMember(owner.client, mapId, observer, 'observer')

    expect((await stranger.client.get(`/api/maps/${mapId}`)).status).toBe(404)
    expect((await tryUpgrade(server.url, `/sync/${mapId}/professional`, { cookie: stranger.client.cookie })).status).toBe(404)
    expect((await observer.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Not allowed' })).status).toBe(403)
    expect((await observer.client.put(`/api/maps/${mapId}/members`, { email: stranger.email, role: 'owner' })).status).toBe(403)

    const refused = async (actorUserId: string) => (await eventsOf({ mapId, actorUserId }, 'access-refused')).map((row) => row.detail).reverse()
    expect(await refused(stranger.id)).toEqual([
      { where: 'http', action: 'map:open' },
      { where: 'sync', action: 'layer:read', layer: 'professional' },
    ])
    expect(await refused(observer.id)).toEqual([
      { where: 'http', action: 'map:command' },
      { where: 'http', action: 'map:manage-members' },
    ])
    // A member doing what they may leaves no refusal.
    expect(await eventsOf({ actorUserId: owner.id }, 'access-refused')).toEqual([])
  })

  it('records staff accounts made by an administrator and from the command line, and the demo map', async () => {
    const admin = await signedInStaff(server, { admin: true })
    const made = await admin.client.post('/api/users', { email: 'Audited.New@Example.org', name: 'Audited Newcomer', password: 'a sufficiently long one' })
    expect(made.status).toBe(201)
    expect(await eventsOf({ actorUserId: admin.id }, 'user-created')).toEqual([
      expect.objectContaining({ detail: { userId: made.body.user.id, isAdmin: false, source: 'api' } }),
    ])

    const cli = (...args: string[]) =>
      execFileSync('npx', ['tsx', 'server/cli.ts', ...args], { env: { ...process.env, KINMAP_DATA_DIR: server.dataDir }, input: PASSWORD, encoding: 'utf8', stdio: 'pipe' })
    cli('user', 'add', '--email', 'cli.made@example.org', '--name', 'Cli Made', '--admin')
    cli('demo', '--owner', admin.email)
    const cliMade = (await server.kinmap.store.accounts.findByEmail('cli.made@example.org'))!
    const [demo] = await server.kinmap.store.catalogue.listFor(admin.id)
    expect((await trail()).filter((row) => row.actorUserId === null && row.event !== 'sign-in-failed')).toEqual([
      expect.objectContaining({ event: 'demo-map-created', mapId: demo.id, detail: { ownerUserId: admin.id, source: 'cli' }, ip: null }),
      expect.objectContaining({ event: 'user-created', mapId: null, detail: { userId: cliMade.id, isAdmin: true, source: 'cli' }, ip: null }),
    ])
    expectNoneStored(['audited.new@example.org', 'Audited Newcomer', 'cli.made@example.org', 'Cli Made'])
  })

  it('cannot be changed or removed, even straight through the database', async () => {
    await signedInStaff(server)
    const before = everythingStored()
    const db = new Database(path.join(server.dataDir, 'kinmap.db'))
    try {
      for (const sql of [
        "UPDATE audit_events SET actor_user_id = 'someone-else'",
        'DELETE FROM audit_events',
        "INSERT OR REPLACE INTO audit_events (id, at, event, detail) VALUES (1, '2000-01-01T00:00:00.000Z', 'sign-in', '{}')",
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/append-only/)
      }
    } finally {
      db.close()
    }
    expect(everythingStored()).toBe(before)
    expect(server.kinmap.store.audit).not.toHaveProperty('update')
    expect(server.kinmap.store.audit).not.toHaveProperty('delete')
  })
})

describe('the audit trail of a first start', () => {
  it('records the setup link being used, by the administrator it made', async () => {
    const server = await startTestKinmap()
    try {
      const token = /\/setup\/([\w-]+)$/.exec(server.announced[0])![1]
      const made = await new ApiClient(server.url).post('/api/setup', { token, name: 'Ada Firstadmin', email: 'ada.first@example.org', password: 'a long enough passphrase' })
      expect(made.status).toBe(201)
      expect(await server.kinmap.store.audit.list({ limit: 10 })).toEqual([
        expect.objectContaining({ event: 'setup-completed', actorUserId: made.body.user.id, mapId: null, detail: {} }),
      ])
    } finally {
      await server.close()
    }
  })
})

import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards, readSettings } from '../../shared/model/case-map.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import { aCard } from '../support/cards.js'
import { startTestKinmap, tempDataDir, type TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, tryUpgrade, type LayerClient } from '../support/sync-client.js'
import { sleep, waitFor } from '../support/wait.js'

describe('teams, managed by administrators', () => {
  let server: TestKinmap
  let admin: SignedInStaff
  let worker: SignedInStaff

  beforeAll(async () => {
    server = await startTestKinmap()
    admin = await signedInStaff(server, { admin: true, name: 'Ada Admin' })
    worker = await signedInStaff(server, { name: 'Priya Shah' })
  })
  afterAll(() => server.close())

  const trail = () => server.kinmap.store.audit.list({ limit: 100 })

  it('an administrator adds a team, once whatever its case, and the trail records it', async () => {
    const created = await admin.client.post('/api/teams', { name: 'Child Protection North' })
    expect(created.status).toBe(201)
    expect(created.body.team).toMatchObject({ id: expect.any(String), name: 'Child Protection North' })
    expect((await trail())[0]).toMatchObject({ event: 'team-created', actorUserId: admin.id, detail: { teamId: created.body.team.id, source: 'api' } })
    expect((await admin.client.post('/api/teams', { name: 'child protection north' })).status).toBe(409)
    expect((await admin.client.post('/api/teams', { name: '  ' })).status).toBe(400)
    expect((await admin.client.post('/api/teams', { name: 'None' })).status).toBe(400)
  })

  it('an administrator puts someone in a team as its manager, and takes them out', async () => {
    const { body } = await admin.client.post('/api/teams', { name: 'Family Support' })
    const teamId = body.team.id
    const placed = await admin.client.put(`/api/users/${worker.id}/team`, { teamId, isManager: true })
    expect(placed.status).toBe(200)
    expect(placed.body.user).toEqual({ id: worker.id, name: 'Priya Shah', email: worker.email, isAdmin: false, teamId, isManager: true })
    expect((await trail())[0]).toMatchObject({
      event: 'user-team-changed',
      actorUserId: admin.id,
      detail: { userId: worker.id, teamId, isManager: true, source: 'api' },
    })
    const listed = await admin.client.get('/api/teams')
    expect(listed.body.teams.map((team: { name: string }) => team.name)).toEqual(['Child Protection North', 'Family Support'])
    expect(listed.body.staff.find((person: { id: string }) => person.id === worker.id)).toMatchObject({ teamId, isManager: true })
    expect(JSON.stringify(listed.body)).not.toMatch(/argon2|passwordHash/)

    const out = await admin.client.put(`/api/users/${worker.id}/team`, { teamId: null })
    expect(out.body.user).toMatchObject({ teamId: null, isManager: false })
  })

  it('refuses what makes no sense: a manager of no team, a team or person that does not exist', async () => {
    expect((await admin.client.put(`/api/users/${worker.id}/team`, { teamId: null, isManager: true })).status).toBe(400)
    expect((await admin.client.put(`/api/users/${worker.id}/team`, { teamId: 'no-such-team', isManager: false })).status).toBe(404)
    const { body } = await admin.client.get('/api/teams')
    expect((await admin.client.put('/api/users/no-such-person/team', { teamId: body.teams[0].id })).status).toBe(404)
  })

  it('is for administrators only, and a refusal is in the trail', async () => {
    const { body } = await admin.client.get('/api/teams')
    for (const [method, path, payload] of [
      ['GET', '/api/teams', undefined],
      ['POST', '/api/teams', { name: 'Shadow team' }],
      ['PUT', `/api/users/${worker.id}/team`, { teamId: body.teams[0].id, isManager: true }],
    ] as const) {
      const answer = await worker.client.request(method, path, payload)
      expect(answer.status).toBe(403)
      expect(answer.body.error).toBe('Only administrators can manage teams.')
    }
    expect((await trail())[0]).toMatchObject({ event: 'access-refused', actorUserId: worker.id, detail: { where: 'http', action: 'account:manage-teams' } })
    expect((await server.kinmap.store.accounts.findById(worker.id))?.isManager).toBe(false)
  })
})

describe("managers see their team's maps", () => {
  let server: TestKinmap
  let admin: SignedInStaff
  let worker: SignedInStaff
  let manager: SignedInStaff
  let otherManager: SignedInStaff
  let teamMapId: string
  let teamA: string
  const clients: LayerClient[] = []

  const place = async (who: SignedInStaff, teamId: string | null, isManager = false) => {
    const answer = await admin.client.put(`/api/users/${who.id}/team`, { teamId, isManager })
    if (answer.status !== 200) throw new Error(`team not changed: ${answer.status} ${answer.text}`)
  }

  beforeAll(async () => {
    server = await startTestKinmap()
    admin = await signedInStaff(server, { admin: true, name: 'Ada Admin' })
    worker = await signedInStaff(server, { name: 'Priya Shah' })
    manager = await signedInStaff(server, { name: 'Morgan Reid' })
    otherManager = await signedInStaff(server, { name: 'Olu Bello' })
    teamA = (await admin.client.post('/api/teams', { name: 'Team A' })).body.team.id
    const teamB = (await admin.client.post('/api/teams', { name: 'Team B' })).body.team.id
    await place(worker, teamA)
    await place(manager, teamA, true)
    await place(otherManager, teamB, true)
    // Made while the worker is in Team A: it is Team A's map.
    teamMapId = await createTestMap(worker.client, { title: 'The Hale family' })
    const shared = connectLayer(server.url, teamMapId, 'shared', worker.client.cookie)
    const professional = connectLayer(server.url, teamMapId, 'professional', worker.client.cookie)
    clients.push(shared, professional)
    await Promise.all([shared.synced(), professional.synced()])
    createCard(shared.doc, 'shared', aCard(worker.id, { text: 'Mia walks to school with her gran.' }))
    createCard(professional.doc, 'professional', aCard(worker.id, { text: 'Police check requested.' }))
    await waitFor(async () => readCards(await storedLayer(server.kinmap.store, teamMapId, 'professional'), 'professional').length === 1, {
      what: 'the cards on disk',
    })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it("lists the team's maps for its manager, apart from their own, with the role 'manager'", async () => {
    const ownMap = await createTestMap(manager.client, { title: 'The Okafor family' })
    const { body } = await manager.client.get('/api/maps')
    expect(body.maps).toEqual([
      expect.objectContaining({ id: ownMap, role: 'owner' }),
      expect.objectContaining({ id: teamMapId, title: 'The Hale family', role: 'manager' }),
    ])
    // Not for the worker (not a manager), nor for the manager of another team.
    expect((await worker.client.get('/api/maps')).body.maps.map((map: { role: string }) => map.role)).toEqual(['owner'])
    expect((await otherManager.client.get('/api/maps')).body.maps).toEqual([])
  })

  it('opens a team map read-only over HTTP', async () => {
    const answer = await manager.client.get(`/api/maps/${teamMapId}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ id: teamMapId, role: 'manager', layers: { shared: 'read', professional: 'read', record: 'read' } })
    expect((await manager.client.get(`/api/maps/${teamMapId}/members`)).status).toBe(200)
    // Oversight, not case work: no commands, no members.
    const rename = await manager.client.post(`/api/maps/${teamMapId}/commands`, { type: 'rename-map', title: 'Renamed by the manager' })
    expect(rename.status).toBe(403)
    const add = await manager.client.put(`/api/maps/${teamMapId}/members`, { email: otherManager.email, role: 'observer' })
    expect(add.status).toBe(403)
  })

  it('reads all three layers over sync, and its writes are refused', async () => {
    const layers = (['shared', 'professional', 'record'] as const).map((layer) => connectLayer(server.url, teamMapId, layer, manager.client.cookie))
    clients.push(...layers)
    const [shared, professional, record] = layers
    await Promise.all(layers.map((layer) => layer.synced()))
    expect(readCards(shared.doc, 'shared').map((card) => card.createdBy)).toEqual([worker.id])
    expect(readCards(professional.doc, 'professional').map((card) => card.createdBy)).toEqual([worker.id])
    expect(readSettings(record.doc)?.title).toBe('The Hale family')

    createCard(shared.doc, 'shared', aCard(manager.id, { text: 'A manager should not be able to add this.' }))
    createCard(professional.doc, 'professional', aCard(manager.id, { text: 'Nor this.' }))
    await waitFor(() => shared.notices.length > 0 && professional.notices.length > 0, { what: 'the read-only notices' })
    expect(shared.notices[0].code).toBe('read-only')
    expect(professional.notices[0].code).toBe('read-only')
    await sleep(100)
    for (const layer of ['shared', 'professional'] as const) {
      const stored = await storedLayer(server.kinmap.store, teamMapId, layer)
      expect(readCards(stored, layer).map((card) => card.createdBy)).toEqual([worker.id])
    }
    const opened = await server.kinmap.store.audit.list({ limit: 20, actorUserId: manager.id, mapId: teamMapId })
    expect(opened.filter((event) => event.event === 'map-opened').map((event) => event.detail)).toEqual(
      expect.arrayContaining([
        { layer: 'shared', access: 'read' },
        { layer: 'professional', access: 'read' },
        { layer: 'record', access: 'read' },
      ]),
    )
  })

  it('gives the manager of another team a 404, as if the map did not exist', async () => {
    expect((await otherManager.client.get(`/api/maps/${teamMapId}`)).status).toBe(404)
    expect((await otherManager.client.get(`/api/maps/${teamMapId}/members`)).status).toBe(404)
    expect((await tryUpgrade(server.url, `/sync/${teamMapId}/shared`, { cookie: otherManager.client.cookie })).status).toBe(404)
    // Nor a worker of the same team who is not its manager.
    const colleague = await signedInStaff(server, { name: 'Sam Okafor' })
    await place(colleague, teamA)
    expect((await colleague.client.get(`/api/maps/${teamMapId}`)).status).toBe(404)
  })

  it('a manager who is also a member sees the map once, as a member', async () => {
    const deputy = await signedInStaff(server, { name: 'Dee Deputy' })
    await place(deputy, teamA, true)
    await addMember(worker.client, teamMapId, deputy, 'professional')
    const { body } = await deputy.client.get('/api/maps')
    expect(body.maps.filter((map: { id: string }) => map.id === teamMapId)).toEqual([expect.objectContaining({ role: 'professional' })])
  })

  it('a manager moved out of the team loses the map at once, open sockets too', async () => {
    const mover = await signedInStaff(server, { name: 'Max Mover' })
    await place(mover, teamA, true)
    const layer = connectLayer(server.url, teamMapId, 'professional', mover.client.cookie, { reconnect: false })
    clients.push(layer)
    await layer.synced()
    await place(mover, null)
    await waitFor(() => layer.closes.length > 0, { what: 'the socket to close' })
    expect(layer.closes[0]).toEqual({ code: CLOSE_CODES.accessRemoved, reason: 'You no longer have access to this map.' })
    expect((await mover.client.get(`/api/maps/${teamMapId}`)).status).toBe(404)
    expect((await mover.client.get('/api/maps')).body.maps).toEqual([])
  })

  it('a manager who stays in the team but stops managing it loses the map too', async () => {
    const stepper = await signedInStaff(server, { name: 'Sol Stepper' })
    await place(stepper, teamA, true)
    const layer = connectLayer(server.url, teamMapId, 'shared', stepper.client.cookie, { reconnect: false })
    clients.push(layer)
    await layer.synced()
    await place(stepper, teamA, false)
    await waitFor(() => layer.closes.length > 0, { what: 'the socket to close' })
    expect(layer.closes[0].code).toBe(CLOSE_CODES.accessRemoved)
  })
})

describe('teams from the command line', () => {
  const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
  const run = promisify(execFile)
  const cli = (dataDir: string, ...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, KINMAP_DATA_DIR: dataDir }, encoding: 'utf8' })
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the command to fail')
      },
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    )

  it('adds teams, puts staff in them as managers, and lists them; the trail says cli', async () => {
    const dataDir = tempDataDir()
    const server = await startTestKinmap({}, dataDir)
    try {
      const manager = await signedInStaff(server, { name: 'Morgan Reid' })
      expect((await cli(dataDir, 'team', 'add', '--name', 'Child Protection North')).stdout).toBe('Added the team Child Protection North.\n')
      expect(await failure(cli(dataDir, 'team', 'add', '--name', 'child protection north'))).toEqual({ code: 1, stderr: 'There is already a team with that name.\n' })
      const placed = await cli(dataDir, 'user', 'team', '--email', manager.email, '--team', 'child protection north', '--manager')
      expect(placed.stdout).toBe(`${manager.email} is now in Child Protection North, as its manager.\n`)
      expect((await cli(dataDir, 'team', 'list')).stdout).toBe(`Child Protection North\t1 person\tmanaged by ${manager.email}\n`)
      expect((await cli(dataDir, 'user', 'list')).stdout).toContain(`${manager.email}\tMorgan Reid\tstaff\tChild Protection North (manager)\tpassword\t`)
      expect((await failure(cli(dataDir, 'user', 'team', '--email', manager.email, '--team', 'Nowhere'))).stderr).toMatch(/no team with that name/)

      const user = await server.kinmap.store.accounts.findById(manager.id)
      expect(user).toMatchObject({ isManager: true, teamId: expect.any(String) })
      const events = await server.kinmap.store.audit.list({ limit: 10 })
      expect(events.slice(0, 2)).toEqual([
        expect.objectContaining({ event: 'user-team-changed', actorUserId: null, detail: { userId: manager.id, teamId: user!.teamId, isManager: true, source: 'cli' } }),
        expect.objectContaining({ event: 'team-created', actorUserId: null, detail: { teamId: user!.teamId, source: 'cli' } }),
      ])

      expect((await cli(dataDir, 'user', 'team', '--email', manager.email, '--team', 'none')).stdout).toBe(`${manager.email} is now in no team.\n`)
      expect(await server.kinmap.store.accounts.findById(manager.id)).toMatchObject({ isManager: false, teamId: null })
    } finally {
      await server.close()
    }
  }, 90_000)

  it('adds an account that signs in only with the council, with no password', async () => {
    const dataDir = tempDataDir()
    const server = await startTestKinmap({}, dataDir)
    try {
      const added = await cli(dataDir, 'user', 'add', '--email', 'Priya.Shah@westshire.example', '--name', 'Priya Shah', '--council')
      expect(added.stdout).toBe('Added Priya Shah <priya.shah@westshire.example>, to sign in with the council account.\n')
      expect(await server.kinmap.store.accounts.findByEmail('priya.shah@westshire.example')).toMatchObject({ passwordHash: '' })
      expect((await cli(dataDir, 'user', 'list')).stdout).toContain('council sign-in only')
    } finally {
      await server.close()
    }
  }, 60_000)
})

describe('a team change made in another process (the CLI)', () => {
  it("closes the manager's open team map within one sweep of sync access", async () => {
    const server = await startTestKinmap({ sessionSweepMs: 50 })
    try {
      const { store } = server.kinmap
      const teamId = crypto.randomUUID()
      await store.teams.create({ id: teamId, name: 'Child Protection South', createdAt: new Date().toISOString() })
      const worker = await signedInStaff(server, { name: 'Priya Shah' })
      await store.teams.assign(worker.id, teamId, false)
      const mapId = await createTestMap(worker.client)
      const manager = await signedInStaff(server, { name: 'Morgan Reid' })
      await store.teams.assign(manager.id, teamId, true)
      const open = connectLayer(server.url, mapId, 'shared', manager.client.cookie, { reconnect: false })
      await open.synced()

      // Straight to the store, as the CLI does: this process's routes never hear of it.
      await store.teams.assign(manager.id, null, false)
      const closed = await waitFor(() => open.closes[0], { what: 'the team map to close' })
      expect(closed).toEqual({ code: CLOSE_CODES.accessRemoved, reason: 'You no longer have access to this map.' })
      open.destroy()
    } finally {
      await server.close()
    }
  })
})

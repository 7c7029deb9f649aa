import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards, readSettings, writeSettings } from '../../shared/model/case-map.js'
import type { Layer } from '../../shared/model/schema.js'
import { aCard } from '../support/cards.js'
import { ApiClient } from '../support/http-client.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { addFamilyMember, participantOnMap } from '../support/participants.js'
import { roundInAMeeting, staffPersonId } from '../support/scaling.js'
import { signedInStaff } from '../support/staff.js'
import { connectLayer, tryUpgrade } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

/**
 * Every way of standing towards a map, against every action, over HTTP, over the sync socket and
 * through commands, on the real server. The table is the policy as people would describe it;
 * a change to the policy that is not also a change here fails.
 */
const ROLES = ['owner', 'professional', 'observer', 'team manager', 'other team manager', 'participant', 'stranger', 'administrator', 'nobody'] as const
type Role = (typeof ROLES)[number]

const ACTIONS = [
  'open the map',
  'see its members',
  'change its members',
  'invite the family',
  'run a command',
  'switch the audience',
  'answer scaling',
  'add a best question',
  'read the shared layer',
  'read the professional layer',
  'read the record layer',
  'write the shared layer',
  'write the professional layer',
  'write the record layer',
  'add a staff account',
  'manage teams',
  'read the audit trail',
  'export the professional copy',
  'export the family copy',
] as const
type Action = (typeof ACTIONS)[number]

const T = true
const F = false
// prettier-ignore
const ALLOWED: Record<Role, boolean[]> = {
  //                   open members change invite command audience scale best rShared rProf rRecord  wShared wProf wRecord  account teams audit  exProf exFam
  owner:                [T,  T,      T,     T,     T,      T,    T,     T,   T,      T,    T,       T,      T,    F,       F,      F,    F,  T,     T],
  professional:         [T,  T,      F,     T,     T,      T,    T,     T,   T,      T,    T,       T,      T,    F,       F,      F,    F,  T,     T],
  observer:             [T,  T,      F,     F,     F,      F,    F,     T,   T,      T,    T,       F,      F,    F,       F,      F,    F,  T,     T],
  'team manager':       [T,  T,      F,     F,     F,      F,    F,     F,   T,      T,    T,       F,      F,    F,       F,      F,    T,  T,     T],
  'other team manager': [F,  F,      F,     F,     F,      F,    F,     F,   F,      F,    F,       F,      F,    F,       F,      F,    T,  F,     F],
  participant:          [T,  F,      F,     F,     F,      F,    T,     F,   T,      F,    T,       T,      F,    F,       F,      F,    F,  F,     T],
  stranger:             [F,  F,      F,     F,     F,      F,    F,     F,   F,      F,    F,       F,      F,    F,       F,      F,    F,  F,     F],
  administrator:        [F,  F,      F,     F,     F,      F,    F,     F,   F,      F,    F,       F,      F,    F,       T,      T,    T,  F,     F],
  nobody:               [F,  F,      F,     F,     F,      F,    F,     F,   F,      F,    F,       F,      F,    F,       F,      F,    F,  F,     F],
}

describe('the authorization matrix', () => {
  let server: TestKinmap
  let mapId: string
  let familyPersonId: string
  let bystanderEmail: string
  const clients = {} as Record<Role, ApiClient>
  /** Who each role is in the audit trail: an account id, or a participant's invitation id. */
  const actorIds = {} as Record<Role, string>
  let owner: ApiClient
  let participantPersonId: string
  let round: { roundId: string; questionId: string }
  let supervisionId: string
  let made = 0

  beforeAll(async () => {
    server = await startTestKinmap()
    const { store } = server.kinmap
    await store.teams.create({ id: crypto.randomUUID(), name: 'Westshire Assessment Team', createdAt: new Date().toISOString() })
    await store.teams.create({ id: crypto.randomUUID(), name: 'Eastshire Assessment Team', createdAt: new Date().toISOString() })
    const [west, east] = (await store.teams.list()).sort((a, b) => b.name.localeCompare(a.name))

    const ownerStaff = await signedInStaff(server, { name: 'Priya Shah' })
    await store.teams.assign(ownerStaff.id, west.id, false)
    owner = ownerStaff.client
    mapId = await createTestMap(owner)
    familyPersonId = await addFamilyMember(server, mapId)
    bystanderEmail = (await signedInStaff(server, { name: 'Bea Stander' })).email

    const staffAs = async (role: Role, setUp: (id: string, email: string) => Promise<unknown>) => {
      const staff = await signedInStaff(server, { name: `Staff ${role}`, admin: role === 'administrator' })
      await setUp(staff.id, staff.email)
      clients[role] = staff.client
      actorIds[role] = staff.id
    }
    clients.owner = owner
    actorIds.owner = ownerStaff.id
    await staffAs('professional', (_id, email) => addMember(owner, mapId, { email }, 'professional'))
    await staffAs('observer', (_id, email) => addMember(owner, mapId, { email }, 'observer'))
    await staffAs('team manager', (id) => store.teams.assign(id, west.id, true))
    await staffAs('other team manager', (id) => store.teams.assign(id, east.id, true))
    await staffAs('stranger', async () => {})
    await staffAs('administrator', async () => {})
    const participant = await participantOnMap(server, owner, mapId, 'Sophie Hale')
    clients.participant = participant.client
    participantPersonId = participant.personId
    const { roundId, questionId } = await roundInAMeeting(owner, mapId, await staffPersonId(server, mapId, ownerStaff.id), [participant.personId], 'sealed')
    round = { roundId, questionId }
    const supervision = await owner.post(`/api/maps/${mapId}/commands`, { type: 'start-meeting', meetingType: 'group-supervision', date: '2026-11-18', facilitator: { personId: await staffPersonId(server, mapId, ownerStaff.id) }, present: [] })
    supervisionId = supervision.body.meetingId
    actorIds.participant = participant.invitationId
    clients.nobody = new ApiClient(server.url)
  })
  afterAll(() => server.close())

  const succeeded = (status: number) => status >= 200 && status < 300

  /** Whether a write on a layer reaches the server's copy, or is dropped with a read-only notice. */
  async function writes(client: ApiClient, layer: Layer): Promise<boolean> {
    if ((await tryUpgrade(server.url, `/sync/${mapId}/${layer}`, { cookie: client.cookie })).status !== 101) return false
    const socket = connectLayer(server.url, mapId, layer, client.cookie, { reconnect: false })
    try {
      await socket.synced()
      const mark = `matrix write ${++made}`
      if (layer === 'record') writeSettings(socket.doc, { title: mark })
      else createCard(socket.doc, layer, aCard('matrix', { text: mark }))
      const landed = () =>
        server.kinmap.rooms.withRoom(mapId, layer, async (room) =>
          layer === 'record' ? readSettings(room.doc)?.title === mark : readCards(room.doc, layer).some((card) => card.text === mark),
        )
      const outcome = await waitFor(async () => ((await landed()) ? 'landed' : socket.notices.length > 0 || socket.closes.length > 0 ? 'refused' : null), {
        what: `the ${layer} write to land or be refused`,
      })
      return outcome === 'landed'
    } finally {
      socket.destroy()
    }
  }

  const CHECKS: Record<Action, (client: ApiClient) => Promise<boolean>> = {
    'open the map': async (client) => succeeded((await client.get(`/api/maps/${mapId}`)).status),
    'see its members': async (client) => succeeded((await client.get(`/api/maps/${mapId}/members`)).status),
    'change its members': async (client) => succeeded((await client.put(`/api/maps/${mapId}/members`, { email: bystanderEmail, role: 'observer' })).status),
    'invite the family': async (client) => succeeded((await client.post(`/api/maps/${mapId}/invitations`, { personId: familyPersonId })).status),
    'run a command': async (client) => succeeded((await client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'The Hale family' })).status),
    'switch the audience': async (client) => succeeded((await client.post(`/api/maps/${mapId}/audience`, { audience: 'family' })).status),
    // The participant's own number; staff enter it for them, as on a shared screen.
    'answer scaling': async (client) =>
      succeeded((await client.post(`/api/maps/${mapId}/commands`, { type: 'answer-scaling', ...round, person: { personId: participantPersonId }, score: 5, reason: 'A reason.' })).status),
    // Observers add best questions in group supervision, as the practice asks of them.
    'add a best question': async (client) =>
      succeeded((await client.post(`/api/maps/${mapId}/commands`, { type: 'add-best-question', meetingId: supervisionId, text: 'What does Ellie say happens at bedtime?' })).status),
    'read the shared layer': async (client) => (await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: client.cookie })).status === 101,
    'read the professional layer': async (client) => (await tryUpgrade(server.url, `/sync/${mapId}/professional`, { cookie: client.cookie })).status === 101,
    'read the record layer': async (client) => (await tryUpgrade(server.url, `/sync/${mapId}/record`, { cookie: client.cookie })).status === 101,
    'write the shared layer': (client) => writes(client, 'shared'),
    'write the professional layer': (client) => writes(client, 'professional'),
    'write the record layer': (client) => writes(client, 'record'),
    'add a staff account': async (client) =>
      succeeded((await client.post('/api/users', { email: `new.${++made}@example.org`, name: 'New Starter', password: 'a long enough password' })).status),
    'manage teams': async (client) => succeeded((await client.post('/api/teams', { name: `Team ${++made}` })).status),
    'read the audit trail': async (client) => succeeded((await client.get('/api/audit')).status),
    'export the professional copy': async (client) => succeeded((await client.get(`/api/maps/${mapId}/export?format=markdown&template=child-and-family-assessment`)).status),
    'export the family copy': async (client) => succeeded((await client.get(`/api/maps/${mapId}/export?format=markdown&template=family-copy`)).status),
  }

  const cases = ROLES.flatMap((role) => ACTIONS.map((action, index) => ({ role, action, allowed: ALLOWED[role][index] })))

  it.each(cases)('$role: $action → $allowed', async ({ role, action, allowed }) => {
    expect(await CHECKS[action](clients[role])).toBe(allowed)
  })

  it('records a refusal in the audit trail for every signed-in role the policy turned away', async () => {
    const events = await server.kinmap.store.audit.list({ limit: 5000 })
    const refused = new Set(events.filter((event) => event.event === 'access-refused').map((event) => event.actorUserId ?? event.actorInvitationId))
    const turnedAway = ROLES.filter((role) => role !== 'nobody' && ALLOWED[role].slice(0, 11).includes(false))
    expect(turnedAway.filter((role) => !refused.has(actorIds[role]))).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import { createDangerStatement } from '../../shared/model/danger-statements.js'
import { readMeeting, readMeetings, type Meeting } from '../../shared/model/meetings.js'
import { DEFAULT_TEN, DEFAULT_ZERO } from '../../shared/model/scaling.js'
import { aCard } from '../support/cards.js'
import type { ApiClient } from '../support/http-client.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { createTestMap, mapWithEveryMemberRole } from '../support/maps.js'
import { participantOnMap } from '../support/participants.js'
import { command, staffPersonId } from '../support/scaling.js'
import type { SignedInStaff } from '../support/staff.js'
import { connectLayer } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

const PROFESSIONALS_ONLY = 'Police intelligence: a second call-out on 09/11/2026, not yet shared with the family.'
const FAMILY_CAN_SEE = 'Maureen has had the children every night Sophie worked this month.'

describe('running a meeting', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let professional: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  let ownerPersonId: string
  let maureen: { personId: string; client: ApiClient }

  beforeAll(async () => {
    ;({ server, owner, professional, observer, mapId } = await mapWithEveryMemberRole())
    ownerPersonId = await staffPersonId(server, mapId, owner.id)
    maureen = await participantOnMap(server, owner.client, mapId, 'Maureen Hale')
  })
  afterAll(() => server.close())

  const send = (client: ApiClient, body: Record<string, unknown>, onMap = mapId) => client.post(`/api/maps/${onMap}/commands`, body)
  const liveMeeting = (meetingId: string, onMap = mapId): Promise<Meeting | null> =>
    server.kinmap.rooms.withRoom(onMap, 'record', async (room) => readMeeting(room.doc, meetingId))
  const startCoreGroup = async (onMap = mapId, present: unknown[] = [{ personId: maureen.personId }]) =>
    (await command(owner.client, onMap, { type: 'start-meeting', meetingType: 'core-group', date: '2026-11-17', facilitator: { personId: ownerPersonId }, present })).meetingId as string

  it('starts a core group on its first step, sharing the statements and goals, with guests among those present', async () => {
    const meetingId = await startCoreGroup(mapId, [{ personId: maureen.personId }, { name: 'Dr Amal Ahmed', role: 'GP' }])
    expect(await liveMeeting(meetingId)).toMatchObject({
      type: 'core-group',
      present: [{ personId: maureen.personId }, { name: 'Dr Amal Ahmed', role: 'GP' }],
      flow: { step: 'statements', movedBy: owner.id, timers: {} },
    })
    await command(owner.client, mapId, { type: 'close-meeting', meetingId })
  })

  it('of two facilitators moving the meeting at once, lets the first win and tells the second, plainly, where it went', async () => {
    const meetingId = await startCoreGroup()
    const [fromOwner, fromProfessional] = await Promise.all([
      send(owner.client, { type: 'move-meeting-step', meetingId, fromStep: 'statements', toStep: 'scaling' }),
      send(professional.client, { type: 'move-meeting-step', meetingId, fromStep: 'statements', toStep: 'progress' }),
    ])
    expect([fromOwner.status, fromProfessional.status].sort()).toEqual([200, 409])
    const [winner, refused] =
      fromOwner.status === 200 ? [{ name: owner.name, step: 'scaling', label: 'Everyone scales' }, fromProfessional] : [{ name: professional.name, step: 'progress', label: 'Progress on next steps' }, fromOwner]
    expect(refused.body.error).toBe(`${winner.name} moved the meeting on to “${winner.label}” already.`)
    expect((await liveMeeting(meetingId))?.flow?.step).toBe(winner.step)

    // Both screens show the record's step: it is in the layer every device has.
    const onProfessionalsScreen = connectLayer(server.url, mapId, 'record', professional.client.cookie)
    await onProfessionalsScreen.synced()
    expect(readMeeting(onProfessionalsScreen.doc, meetingId)?.flow?.step).toBe(winner.step)
    onProfessionalsScreen.destroy()
    await command(owner.client, mapId, { type: 'close-meeting', meetingId })
  })

  it('brings a family member whose connection dropped mid-meeting back to where the meeting is', async () => {
    const meetingId = await startCoreGroup()
    const phone = connectLayer(server.url, mapId, 'record', maureen.client.cookie)
    await phone.synced()
    expect(readMeeting(phone.doc, meetingId)?.flow?.step).toBe('statements')
    phone.provider.disconnect()
    await command(owner.client, mapId, { type: 'move-meeting-step', meetingId, fromStep: 'statements', toStep: 'scaling' })
    await command(owner.client, mapId, { type: 'move-meeting-step', meetingId, fromStep: 'scaling', toStep: 'progress' })
    expect(readMeeting(phone.doc, meetingId)?.flow?.step).toBe('statements')
    phone.provider.connect()
    await waitFor(() => readMeeting(phone.doc, meetingId)?.flow?.step === 'progress', { what: 'the phone to catch up with the meeting' })
    phone.destroy()
    await command(owner.client, mapId, { type: 'close-meeting', meetingId })
  })

  it('lets those running the map move the meeting and set its timers, observers add best questions in group supervision, and the family neither', async () => {
    const meetingId = await startCoreGroup()
    const move = { type: 'move-meeting-step', meetingId, fromStep: 'statements', toStep: 'scaling' }
    const timer = { type: 'set-step-timer', meetingId, step: 'scaling', minutes: 10 }
    for (const client of [observer.client, maureen.client]) {
      expect((await send(client, move)).status).toBe(403)
      expect((await send(client, timer)).status).toBe(403)
      expect((await send(client, { type: 'close-meeting', meetingId })).status).toBe(403)
    }
    await command(professional.client, mapId, timer)
    expect((await liveMeeting(meetingId))?.flow?.timers).toEqual({ scaling: 10 })
    expect((await send(owner.client, { ...timer, minutes: 0 })).status).toBe(400)
    expect((await send(owner.client, { ...timer, step: 'genogram' })).body.error).toBe('That step is not on this meeting’s agenda.')
    await command(owner.client, mapId, { ...timer, minutes: null })
    expect((await liveMeeting(meetingId))?.flow?.timers).toEqual({})
    expect((await send(owner.client, { type: 'add-best-question', meetingId, text: 'What does Ellie say happens at bedtime?' })).body.error).toBe('Best questions belong to group supervision.')
    await command(owner.client, mapId, { type: 'close-meeting', meetingId })

    const { meetingId: supervision } = await command(owner.client, mapId, { type: 'start-meeting', meetingType: 'group-supervision', date: '2026-11-18', facilitator: { personId: ownerPersonId }, present: [] })
    expect((await liveMeeting(supervision))?.flow?.step).toBe('genogram')
    const question = { type: 'add-best-question', meetingId: supervision, text: 'Who does Jack go to when he is frightened?' }
    expect((await send(observer.client, question)).status).toBe(200)
    expect((await send(maureen.client, question)).status).toBe(403)
    expect((await send(observer.client, { ...question, text: '   ' })).status).toBe(400)
    expect((await liveMeeting(supervision))?.bestQuestions).toEqual([expect.objectContaining({ text: 'Who does Jack go to when he is frightened?', byUserId: observer.id })])
    await command(owner.client, mapId, { type: 'close-meeting', meetingId: supervision })
  })

  it('records a pair agreed during a meeting as agreed in it', async () => {
    const statementId = await server.kinmap.rooms.withRoom(mapId, 'shared', async (room) => {
      let id = ''
      await room.changeAsServer((shared) => {
        id = createDangerStatement(shared, {
          createdBy: owner.id,
          worried: [{ personId: ownerPersonId }],
          behaviour: 'When Dean has been drinking he shouts at Sophie.',
          fear: 'Ellie and Jack will keep being frightened at home.',
          goal: { different: 'A sober adult cares for the children.', convinced: [{ personId: ownerPersonId }], howLong: 'six months', evidence: 'Maureen is there on work nights.', networkPersonIds: [maureen.personId] },
        })
      })
      return id
    })
    const meetingId = await startCoreGroup()
    await command(owner.client, mapId, { type: 'agree-pair', statementId })
    const status = await server.kinmap.rooms.withRoom(mapId, 'record', async (room) => room.doc.getMap('pairStatus').get(statementId) as { agreed: { meetingId: string } })
    expect(status.agreed.meetingId).toBe(meetingId)
    await command(owner.client, mapId, { type: 'close-meeting', meetingId })
  })

  it('saves a named, read-only copy of the map when a meeting closes, which the family reads without anything professionals-only', async () => {
    await server.kinmap.rooms.withRoom(mapId, 'professional', (room) =>
      room.changeAsServer((doc) => void createCard(doc, 'professional', aCard(owner.id, { knowledge: 'thirdParty', source: { name: 'PC Dana Whitfield', role: 'police officer' }, text: PROFESSIONALS_ONLY }))),
    )
    await server.kinmap.rooms.withRoom(mapId, 'shared', (room) =>
      room.changeAsServer((doc) => void createCard(doc, 'shared', aCard(owner.id, { domain: 'existingSafety', knowledge: 'fact', text: FAMILY_CAN_SEE }))),
    )
    const meetingId = await startCoreGroup()
    const { checkpointId } = await command(owner.client, mapId, { type: 'close-meeting', meetingId })
    expect((await liveMeeting(meetingId))?.closed).toMatchObject({ byUserId: owner.id, checkpointId })
    expect((await send(professional.client, { type: 'close-meeting', meetingId })).body.error).toBe('This meeting has been closed already.')
    expect((await send(owner.client, { type: 'move-meeting-step', meetingId, fromStep: 'statements', toStep: 'scaling' })).body.error).toBe('This meeting has been closed.')

    const listed = await maureen.client.get(`/api/maps/${mapId}/checkpoints`)
    expect(listed.body.checkpoints).toContainEqual({ id: checkpointId, name: 'Core group 17/11/2026', meetingId, createdAt: expect.any(String), createdBy: owner.id })

    for (const address of [`/api/maps/${mapId}/checkpoints/${checkpointId}`, `/api/maps/${mapId}/checkpoints/${checkpointId}?audience=professional`]) {
      const forFamily = await maureen.client.get(address)
      expect(forFamily.status).toBe(200)
      expect(forFamily.body.audience).toBe('family')
      expect(forFamily.text).toContain(FAMILY_CAN_SEE)
      expect(forFamily.text).not.toContain(PROFESSIONALS_ONLY)
      expect(forFamily.body.reading.map.cards.every((card: { layer: string }) => card.layer === 'shared')).toBe(true)
    }
    const forStaff = await observer.client.get(`/api/maps/${mapId}/checkpoints/${checkpointId}`)
    expect(forStaff.body.audience).toBe('professional')
    expect(forStaff.text).toContain(PROFESSIONALS_ONLY)
    const projected = await owner.client.get(`/api/maps/${mapId}/checkpoints/${checkpointId}?audience=family`)
    expect(projected.body.audience).toBe('family')
    expect(projected.text).not.toContain(PROFESSIONALS_ONLY)
    expect((await owner.client.get(`/api/maps/${mapId}/checkpoints/nothing-here`)).status).toBe(404)

    const opened = (await server.kinmap.store.audit.list({ limit: 500, mapId })).filter((event) => event.event === 'checkpoint-opened')
    expect(opened.map((event) => event.detail)).toContainEqual({ checkpointId, audience: 'family' })
    expect(opened.some((event) => event.actorInvitationId !== null)).toBe(true)
  })

  it('starts a review map from a checkpoint: a copy with its own id and title, its creator as its one member, its meetings closed', async () => {
    const meetingId = await startCoreGroup()
    const { checkpointId } = await command(owner.client, mapId, { type: 'close-meeting', meetingId })
    const running = await startCoreGroup()
    const review = `/api/maps/${mapId}/checkpoints/${checkpointId}/review-map`
    expect((await maureen.client.post(review)).status).toBe(403)
    expect((await observer.client.post(review)).status).toBe(403)
    const made = await professional.client.post(review)
    expect(made.status).toBe(201)
    const reviewId: string = made.body.id
    expect(reviewId).not.toBe(mapId)

    const opened = await professional.client.get(`/api/maps/${reviewId}`)
    expect(opened.body.title).toMatch(/^The Hale family — review \d{2}\/\d{2}\/\d{4}$/)
    expect(opened.body.role).toBe('owner')
    expect((await owner.client.get(`/api/maps/${reviewId}`)).status).toBe(404)
    const cards = await server.kinmap.rooms.withRoom(reviewId, 'professional', async (room) => readCards(room.doc, 'professional'))
    expect(cards.map((card) => card.text)).toContain(PROFESSIONALS_ONLY)
    const meetings = await server.kinmap.rooms.withRoom(reviewId, 'record', async (room) => readMeetings(room.doc))
    expect(meetings.length).toBeGreaterThan(0)
    expect(meetings.every((meeting) => meeting.closed !== undefined)).toBe(true)
    // The source map is untouched: its running meeting still runs.
    expect((await liveMeeting(running))?.closed).toBeUndefined()
    const audited = await server.kinmap.store.audit.list({ limit: 10, mapId: reviewId })
    expect(audited.map((event) => [event.event, event.detail])).toContainEqual(['review-map-created', { sourceMapId: mapId, checkpointId }])
    await command(owner.client, mapId, { type: 'close-meeting', meetingId: running })
  })
})

describe('a core group rescales', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string
  let ownerPersonId: string
  let maureen: { personId: string; client: ApiClient }

  beforeAll(async () => {
    ;({ server, owner } = await mapWithEveryMemberRole())
    mapId = await createTestMap(owner.client, { title: 'Ellie and Jack Hale' })
    ownerPersonId = await staffPersonId(server, mapId, owner.id)
    maureen = await participantOnMap(server, owner.client, mapId, 'Maureen Hale')
  })
  afterAll(() => server.close())

  async function meetingWithNumber(date: string, questionId: string, score: number): Promise<string> {
    const { meetingId } = await command(owner.client, mapId, { type: 'start-meeting', meetingType: 'core-group', date, facilitator: { personId: ownerPersonId }, present: [{ personId: maureen.personId }] })
    const { roundId } = await command(owner.client, mapId, { type: 'open-scaling-round', meetingId, questionIds: [questionId], mode: 'open' })
    await command(maureen.client, mapId, { type: 'answer-scaling', roundId, questionId, person: { personId: maureen.personId }, score, reason: 'How things are.' })
    await command(owner.client, mapId, { type: 'close-scaling-round', roundId })
    return meetingId
  }

  it('puts what changed since the last meeting into the record: the movement of each person’s number, counted for the family', async () => {
    const { questionId } = await command(owner.client, mapId, { type: 'define-scaling-question', statementId: null, question: 'How safe are Ellie and Jack?', zero: DEFAULT_ZERO, ten: DEFAULT_TEN })
    const first = await meetingWithNumber('2026-11-03', questionId, 4)
    expect((await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'record-meeting-changes', meetingId: first })).body.error).toBe(
      'There is no copy of the map from an earlier meeting to compare with.',
    )
    const { checkpointId: before } = await command(owner.client, mapId, { type: 'close-meeting', meetingId: first })

    const second = await meetingWithNumber('2026-11-17', questionId, 7)
    await server.kinmap.rooms.withRoom(mapId, 'professional', (room) =>
      room.changeAsServer((doc) => void createCard(doc, 'professional', aCard(owner.id, { text: PROFESSIONALS_ONLY }))),
    )
    await command(owner.client, mapId, { type: 'record-meeting-changes', meetingId: second })
    const whileRunning = (await server.kinmap.rooms.withRoom(mapId, 'record', async (room) => readMeeting(room.doc, second)))?.changes
    expect(whileRunning).toMatchObject({ sinceCheckpointId: before, scores: [{ questionId, person: { personId: maureen.personId }, from: 4, to: 7 }] })
    // The professionals-only card is not counted: the record layer reaches the family.
    expect(whileRunning?.counts.cards).toEqual({ added: 0, changed: 0, removed: 0 })

    await command(owner.client, mapId, { type: 'close-meeting', meetingId: second })
    await command(owner.client, mapId, { type: 'record-meeting-changes', meetingId: second })
    const closed = await server.kinmap.rooms.withRoom(mapId, 'record', async (room) => readMeeting(room.doc, second))
    expect(closed?.changes).toMatchObject({ sinceCheckpointId: before, scores: [{ from: 4, to: 7 }] })
  })
})

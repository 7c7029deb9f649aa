import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readScaling, readScalingRound } from '../../shared/model/scaling.js'
import type { ApiClient } from '../support/http-client.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { mapWithEveryMemberRole } from '../support/maps.js'
import { participantOnMap } from '../support/participants.js'
import { command, roundInAMeeting, staffPersonId } from '../support/scaling.js'
import type { SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'

describe('scaling commands', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  let ownerPersonId: string
  let maureen: { personId: string; client: ApiClient }
  let tasha: { personId: string; client: ApiClient }

  beforeAll(async () => {
    ;({ server, owner, observer, mapId } = await mapWithEveryMemberRole())
    ownerPersonId = await staffPersonId(server, mapId, owner.id)
    maureen = await participantOnMap(server, owner.client, mapId, 'Maureen Hale')
    tasha = await participantOnMap(server, owner.client, mapId, 'Tasha Green')
  })
  afterAll(() => server.close())

  const answer = (client: ApiClient, roundId: string, questionId: string, personId: string, score: unknown, reason: unknown) =>
    client.post(`/api/maps/${mapId}/commands`, { type: 'answer-scaling', roundId, questionId, person: { personId }, score, reason })
  const record = () => storedLayer(server.kinmap.store, mapId, 'record')

  it('keep a question with its 0 and 10, a meeting with who was present, and an open round’s answers as they are given', async () => {
    const { questionId, meetingId, roundId } = await roundInAMeeting(owner.client, mapId, ownerPersonId, [maureen.personId], 'open')
    const given = await answer(maureen.client, roundId, questionId, maureen.personId, 6, 'Dean has moved out.')
    expect(given.status).toBe(200)
    expect(given.body.answer).toMatchObject({ score: 6, reason: 'Dean has moved out.', enteredBy: { personId: maureen.personId } })
    // The facilitator enters Tasha's number for her, on the shared screen: it is recorded, and not sent back.
    const forTasha = await answer(owner.client, roundId, questionId, tasha.personId, 3, null)
    expect(forTasha.body).toEqual({ ok: true })

    const scaling = readScaling(await record())
    expect(scaling.questions).toEqual([expect.objectContaining({ id: questionId, statementId: null, zero: expect.stringMatching(/really worried/), ten: expect.stringMatching(/sorted out/) })])
    expect(scaling.meetings).toEqual([
      expect.objectContaining({ id: meetingId, type: 'family-network-meeting', date: '2026-11-03', facilitator: { personId: ownerPersonId }, present: [{ personId: maureen.personId }, { personId: tasha.personId }] }),
    ])
    const [round] = scaling.rounds
    expect(round.answers.map(({ person, score, reason, enteredBy }) => ({ person, score, reason, enteredBy }))).toEqual([
      { person: { personId: maureen.personId }, score: 6, reason: 'Dean has moved out.', enteredBy: { personId: maureen.personId } },
      { person: { personId: tasha.personId }, score: 3, reason: null, enteredBy: { userId: owner.id } },
    ])
  })

  it('refuse numbers outside 0-10 or not whole, and a missing reason that is not an explicit "prefer not to say"', async () => {
    const { questionId, roundId } = await roundInAMeeting(owner.client, mapId, ownerPersonId, [maureen.personId], 'open')
    for (const score of [11, -1, 6.5, '7']) {
      expect(await answer(maureen.client, roundId, questionId, maureen.personId, score, 'A reason.'), String(score)).toMatchObject({ status: 400, body: { error: expect.stringContaining('A scaling number is a whole number from 0 to 10.') } })
    }
    for (const reason of ['', '   ', undefined]) {
      const refused = await answer(maureen.client, roundId, questionId, maureen.personId, 5, reason)
      expect(refused.status, String(reason)).toBe(400)
    }
    expect((await answer(maureen.client, roundId, questionId, maureen.personId, 5, '')).body.error).toContain('Give a reason, or choose "prefer not to say".')
    expect((await answer(maureen.client, roundId, questionId, maureen.personId, null, null)).status).toBe(200)
    const missingZero = await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'define-scaling-question', statementId: null, question: 'How safe?', zero: ' ', ten: 'Safe.' })
    expect(missingZero).toMatchObject({ status: 400, body: { error: expect.stringContaining('What 0 means cannot be empty.') } })
  })

  it('let a family member answer only as themselves, and only staff run a meeting', async () => {
    const { questionId, roundId, meetingId } = await roundInAMeeting(owner.client, mapId, ownerPersonId, [maureen.personId, tasha.personId], 'sealed')
    expect(await answer(maureen.client, roundId, questionId, tasha.personId, 2, 'Not for me to say.')).toMatchObject({
      status: 403,
      body: { error: 'You can give your own number only. The facilitator can enter numbers for other people in the room.' },
    })
    expect((await maureen.client.post(`/api/maps/${mapId}/commands`, { type: 'reveal-scaling-round', roundId })).status).toBe(403)
    expect((await maureen.client.post(`/api/maps/${mapId}/commands`, { type: 'open-scaling-round', meetingId, questionIds: [questionId], mode: 'open' })).status).toBe(403)
    expect((await answer(observer.client, roundId, questionId, ownerPersonId, 2, 'An observer.')).status).toBe(403)
    const audited = (await server.kinmap.store.audit.list({ limit: 200, mapId })).filter((row) => row.event === 'command' && row.detail.type === 'answer-scaling')
    expect(audited.some((row) => row.actorInvitationId !== null && row.actorUserId === null)).toBe(true)
  })

  it('refuse answers once a round is closed, and closing a sealed round before its reveal', async () => {
    const { questionId, roundId } = await roundInAMeeting(owner.client, mapId, ownerPersonId, [maureen.personId], 'sealed')
    expect(await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'close-scaling-round', roundId })).toMatchObject({
      status: 409,
      body: { error: 'Reveal the numbers of this sealed round before closing it.' },
    })
    await command(owner.client, mapId, { type: 'reveal-scaling-round', roundId })
    expect(await answer(maureen.client, roundId, questionId, maureen.personId, 5, 'Late.')).toMatchObject({
      status: 409,
      body: { error: 'The numbers of this round have been revealed: answers can no longer be given.' },
    })
    await command(owner.client, mapId, { type: 'close-scaling-round', roundId })
    expect(await answer(maureen.client, roundId, questionId, maureen.personId, 5, 'Later.')).toMatchObject({
      status: 409,
      body: { error: 'This scaling round is closed: answers can no longer be given.' },
    })
  })

  it('two facilitators revealing at once reveal once, with every answer given before', async () => {
    const { questionId, roundId } = await roundInAMeeting(owner.client, mapId, ownerPersonId, [maureen.personId, tasha.personId], 'sealed')
    await answer(maureen.client, roundId, questionId, maureen.personId, 7, 'Sophie calls me every night.')
    await answer(tasha.client, roundId, questionId, tasha.personId, 4, 'Dean still visits.')
    const [first, second] = await Promise.all([
      command(owner.client, mapId, { type: 'reveal-scaling-round', roundId }),
      command(owner.client, mapId, { type: 'reveal-scaling-round', roundId }),
    ])
    expect([first.revealed, second.revealed].sort()).toEqual([false, true])
    const round = readScalingRound(await record(), roundId)
    expect(round).toMatchObject({ state: 'revealed' })
    expect(round?.answers.map((given) => given.score)).toEqual([7, 4])
    expect(await server.kinmap.store.sealedAnswers.listForRound(mapId, roundId)).toEqual([])
  })

  it('record the overall judgement with its reason, keeping every earlier one', async () => {
    await command(owner.client, mapId, { type: 'record-judgement', score: 4, reason: 'Dean still drinks at home.', meetingId: null })
    await command(owner.client, mapId, { type: 'record-judgement', score: 6, reason: 'Dean has moved out and Maureen checks in every night.', meetingId: null })
    expect(readScaling(await record()).judgements.map(({ score, reason, byUserId }) => ({ score, reason, byUserId }))).toEqual([
      { score: 4, reason: 'Dean still drinks at home.', byUserId: owner.id },
      { score: 6, reason: 'Dean has moved out and Maureen checks in every night.', byUserId: owner.id },
    ])
    expect((await maureen.client.post(`/api/maps/${mapId}/commands`, { type: 'record-judgement', score: 5, reason: 'Me.', meetingId: null })).status).toBe(403)
    expect((await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'record-judgement', score: 5, reason: '', meetingId: null })).status).toBe(400)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readScalingRound } from '../../shared/model/scaling.js'
import type { ApiClient } from '../support/http-client.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { ownerAndColleagueOnAMap } from '../support/maps.js'
import { participantOnMap } from '../support/participants.js'
import { bytesContain, recordingClient, updatesIn, type RecordedLayer } from '../support/recording-client.js'
import { command, roundInAMeeting, staffPersonId } from '../support/scaling.js'
import type { SignedInStaff } from '../support/staff.js'
import { waitFor } from '../support/wait.js'

const MAUREENS_REASON = 'Sophie rings me every night before the children go to bed.'
const TASHAS_REASON = 'I still see Dean’s van outside on Sophie’s work nights.'

describe('a sealed scaling round keeps its numbers on the server until the reveal', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string
  let maureen: { personId: string; client: ApiClient }
  let tasha: { personId: string; client: ApiClient }
  const recorders: Record<string, RecordedLayer> = {}

  beforeAll(async () => {
    ;({ server, owner, mapId } = await ownerAndColleagueOnAMap())
    maureen = await participantOnMap(server, owner.client, mapId, 'Maureen Hale')
    tasha = await participantOnMap(server, owner.client, mapId, 'Tasha Green')
    const sophie = await participantOnMap(server, owner.client, mapId, 'Sophie Hale')
    // Every device in the meeting: the facilitator's shared screen, both people answering, and a
    // family member who is only watching (on both layers the family may open).
    for (const [name, cookie, layer] of [
      ['facilitator', owner.client.cookie, 'record'],
      ['maureen', maureen.client.cookie, 'record'],
      ['tasha', tasha.client.cookie, 'record'],
      ['sophie', sophie.client.cookie, 'record'],
      ['sophie shared', sophie.client.cookie, 'shared'],
    ] as const) {
      recorders[name] = recordingClient(server.url, mapId, layer, cookie as string)
    }
    await waitFor(() => Object.values(recorders).every((recorder) => recorder.provider.synced), { what: 'every device to sync' })
  })
  afterAll(async () => {
    for (const recorder of Object.values(recorders)) {
      recorder.provider.destroy()
      recorder.doc.destroy()
    }
    await server.close()
  })

  it('shows only who has answered, echoes each number to its giver alone, survives a restart, and shows every number and reason after the reveal', async () => {
    const facilitatorId = await staffPersonId(server, mapId, owner.id)
    const { questionId, roundId } = await roundInAMeeting(owner.client, mapId, facilitatorId, [maureen.personId, tasha.personId], 'sealed')
    const answer = (who: { personId: string; client: ApiClient }, score: number, reason: string) =>
      command(who.client, mapId, { type: 'answer-scaling', roundId, questionId, person: { personId: who.personId }, score, reason })

    expect((await answer(maureen, 7, MAUREENS_REASON)).answer).toMatchObject({ score: 7, reason: MAUREENS_REASON })
    expect((await answer(tasha, 3, TASHAS_REASON)).answer).toMatchObject({ score: 3, reason: TASHAS_REASON })

    // Each device can list who has answered, and not what.
    for (const recorder of Object.values(recorders).filter((each) => each !== recorders['sophie shared'])) {
      const round = await waitFor(() => {
        const seen = readScalingRound(recorder.doc, roundId)
        return seen?.answered.length === 2 ? seen : null
      }, { what: 'both answers marked at every device' })
      expect(round.answers).toEqual([])
    }
    const mine = async (client: ApiClient) => (await client.get(`/api/maps/${mapId}/scaling-rounds/${roundId}/my-answers`)).body.answers
    expect((await mine(maureen.client)).map((given: { score: number }) => given.score)).toEqual([7])
    expect((await mine(tasha.client)).map((given: { score: number }) => given.score)).toEqual([3])
    expect(await mine(owner.client)).toEqual([])

    // The server restarts before the reveal: the sealed answers were on its disk, not in any document.
    server = await server.restart()
    await waitFor(() => Object.values(recorders).every((recorder) => recorder.provider.wsconnected && recorder.provider.synced), { what: 'every device to reconnect' })

    const revealedAt = Date.now()
    expect(await command(owner.client, mapId, { type: 'reveal-scaling-round', roundId })).toEqual({ ok: true, revealed: true })
    for (const recorder of Object.values(recorders).filter((each) => each !== recorders['sophie shared'])) {
      const round = await waitFor(() => {
        const seen = readScalingRound(recorder.doc, roundId)
        return seen?.state === 'revealed' ? seen : null
      }, { what: 'the reveal at every device' })
      expect(round.answers.map(({ score, reason }) => ({ score, reason }))).toEqual([
        { score: 7, reason: MAUREENS_REASON },
        { score: 3, reason: TASHAS_REASON },
      ])
    }

    // What the devices actually received: before the reveal, no answer (no "score" field) and no
    // reason in any frame, sync or awareness; after it, every one.
    const frames = Object.values(recorders).flatMap((recorder) => recorder.frames)
    const before = frames.filter((frame) => frame.at < revealedAt)
    const after = frames.filter((frame) => frame.at >= revealedAt)
    expect(before.length).toBeGreaterThan(10)
    for (const secret of ['score', MAUREENS_REASON, TASHAS_REASON]) {
      expect(before.filter((frame) => bytesContain(frame.data, secret)), secret).toEqual([])
      expect(after.some((frame) => bytesContain(frame.data, secret)), secret).toBe(true)
    }
    // Rebuilt from the updates received before the reveal, the facilitator's document knows who answered and nothing more.
    const rebuilt = new Y.Doc()
    for (const frame of recorders.facilitator.frames.filter((each) => each.at < revealedAt)) for (const update of updatesIn(frame.data)) Y.applyUpdate(rebuilt, update)
    expect(readScalingRound(rebuilt, roundId)).toMatchObject({ state: 'open', answers: [], answered: [{ person: { personId: maureen.personId } }, { person: { personId: tasha.personId } }] })
  })
})

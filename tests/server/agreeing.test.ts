import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addPerson,
  agreedPairOf,
  changedSinceAgreed,
  createDangerStatement,
  readDangerStatement,
  readPairStatus,
  readPeople,
  setHowLong,
  todayInTheUK,
  type NewDangerStatement,
} from '../../shared/model/index.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { mapWithEveryMemberRole } from '../support/maps.js'
import type { SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('sharing and agreeing a statement and goal pair', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let professional: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  let shared: LayerClient
  let people: { maureen: string; priya: string }
  const clients: LayerClient[] = []

  beforeAll(async () => {
    ;({ server, owner, professional, observer, mapId } = await mapWithEveryMemberRole())
    shared = connectLayer(server.url, mapId, 'shared', professional.client.cookie)
    clients.push(shared)
    await shared.synced()
    people = {
      maureen: addPerson(shared.doc, { name: 'Maureen Hale', relationship: 'maternal grandmother', agency: '', group: 'network' }),
      priya: addPerson(shared.doc, { name: 'Priya Shah', relationship: 'social worker', agency: "Children's Services", group: 'professional', userId: professional.id }),
    }
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  /** A pair written in a browser, once the server has it on disk. */
  async function pairInBrowser(pair: Omit<NewDangerStatement, 'createdBy'>): Promise<string> {
    const id = createDangerStatement(shared.doc, { createdBy: professional.id, ...pair })
    await waitFor(async () => readDangerStatement(await storedLayer(server.kinmap.store, mapId, 'shared'), id), { what: 'the pair on the server' })
    return id
  }
  const wholePair = (goal: Partial<NonNullable<NewDangerStatement['goal']>> = {}) =>
    pairInBrowser({
      worried: [{ personId: people.priya }, { name: 'Gareth Owusu', role: 'class teacher' }],
      behaviour: 'When Dean has been drinking he shouts at Sophie and grabs her.',
      fear: 'Ellie and Jack could be hurt if they are near, and will keep being frightened at home.',
      goal: {
        different: 'Ellie and Jack will be looked after by a sober adult every day and night.',
        convinced: [{ personId: people.priya }],
        howLong: 'six months',
        evidence: 'Maureen checks in every evening Sophie works nights.',
        networkPersonIds: [people.maureen],
        ...goal,
      },
    })
  const command = (who: SignedInStaff, body: unknown) => who.client.post(`/api/maps/${mapId}/commands`, body)
  const storedStatus = async () => readPairStatus(await storedLayer(server.kinmap.store, mapId, 'record'))

  it('agreeing a pair with parts missing is refused, naming each part still to add', async () => {
    const id = await pairInBrowser({ behaviour: 'Dean shouts at Sophie.', goal: { different: 'A sober adult is always there.', evidence: 'Maureen says so.' } })
    const refused = await command(professional, { type: 'agree-pair', statementId: id })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toBe(
      'This statement and goal cannot be agreed yet. Still to add: who is worried; what we fear will happen to the child if nothing changes; ' +
        'who needs to be convinced; for how long; and an adult from the family or their network, on the map, in the safety network.',
    )
    expect((await storedStatus())[id]).toBeUndefined()
  })

  it('a safety network of professionals only is not yet a safety network', async () => {
    const onlyPriya = await wholePair({ networkPersonIds: [people.priya] })
    const refused = await command(owner, { type: 'agree-pair', statementId: onlyPriya })
    expect(refused).toMatchObject({ status: 409, body: { error: expect.stringMatching(/Still to add: an adult from the family or their network, on the map, in the safety network\.$/) } })
  })

  it('a whole pair is agreed by the person who agrees it, now, and every connected client sees it in the record', async () => {
    const record = connectLayer(server.url, mapId, 'record', observer.client.cookie)
    clients.push(record)
    await record.synced()
    const id = await wholePair()
    const before = new Date().toISOString()
    expect(await command(professional, { type: 'agree-pair', statementId: id })).toMatchObject({ status: 200, body: { ok: true } })
    const status = await waitFor(() => readPairStatus(record.doc)[id], { what: 'the agreement at the client' })
    expect(status).toEqual({ sharedOn: null, agreed: { byUserId: professional.id, at: expect.any(String), meetingId: null, pair: expect.any(Object) } })
    // The record keeps the words agreed, as they were.
    expect(status.agreed!.pair).toEqual(agreedPairOf(readDangerStatement(shared.doc, id)!))
    expect(status.agreed!.pair!.goal.howLong).toBe('six months')
    expect(status.agreed!.at >= before).toBe(true)
  })

  it('agreeing the same words again records nothing more: that agreement stands', async () => {
    const id = await wholePair()
    await command(professional, { type: 'agree-pair', statementId: id })
    const first = (await storedStatus())[id]
    expect(await command(owner, { type: 'agree-pair', statementId: id })).toMatchObject({ status: 200 })
    expect((await storedStatus())[id]).toEqual(first)
    expect(first.agreed!.byUserId).toBe(professional.id)
  })

  it('words changed after agreement show as changed, and agreeing them again records a new agreement, keeping the first', async () => {
    const id = await wholePair()
    await command(professional, { type: 'agree-pair', statementId: id })
    const first = (await storedStatus())[id].agreed!
    setHowLong(shared.doc, id, 'nine months')
    const stored = async () => readDangerStatement(await storedLayer(server.kinmap.store, mapId, 'shared'), id)!
    await waitFor(async () => (await stored()).goal.howLong === 'nine months' || undefined, { what: 'the change on the server' })
    expect(changedSinceAgreed(await stored(), await storedStatus().then((all) => all[id]))).toBe(true)

    expect(await command(owner, { type: 'agree-pair', statementId: id })).toMatchObject({ status: 200, body: { ok: true } })
    const status = (await storedStatus())[id]
    expect(status.agreed).toMatchObject({ byUserId: owner.id, pair: { goal: { howLong: 'nine months' } } })
    expect(status.earlier).toEqual([first])
    expect(changedSinceAgreed(await stored(), status)).toBe(false)
  })

  it('a child the map is about is not their own safety network: a network of the child alone is refused', async () => {
    // The map was made about Mia Hale: she is on the people list and in the record's children.
    const mia = readPeople(shared.doc).find((person) => person.name === 'Mia Hale')!.id
    const onlyMia = await wholePair({ networkPersonIds: [mia] })
    const refused = await command(professional, { type: 'agree-pair', statementId: onlyMia })
    expect(refused).toMatchObject({ status: 409, body: { error: expect.stringMatching(/Still to add: an adult from the family or their network, on the map, in the safety network\.$/) } })
    expect((await storedStatus())[onlyMia]).toBeUndefined()
    const withMaureen = await wholePair({ networkPersonIds: [mia, people.maureen] })
    expect(await command(professional, { type: 'agree-pair', statementId: withMaureen })).toMatchObject({ status: 200 })
  })

  it('sharing records the date the family saw the pair: the date given, or today; never a date to come', async () => {
    const id = await pairInBrowser({ behaviour: 'A draft is shared before it is whole.' })
    expect((await command(owner, { type: 'share-pair', statementId: id, sharedOn: '2024-03-05' })).status).toBe(200)
    expect((await storedStatus())[id]).toEqual({ sharedOn: '2024-03-05', agreed: null })
    expect((await command(owner, { type: 'share-pair', statementId: id })).status).toBe(200)
    expect((await storedStatus())[id].sharedOn).toBe(todayInTheUK())
    const future = await command(owner, { type: 'share-pair', statementId: id, sharedOn: '2999-01-01' })
    expect(future).toMatchObject({ status: 400, body: { error: 'A pair cannot be recorded as shared on a date still to come.' } })
    const notADate = await command(owner, { type: 'share-pair', statementId: id, sharedOn: '05/03/2024' })
    expect(notADate).toMatchObject({ status: 400, body: { error: expect.stringMatching(/sharedOn/) } })
  })

  it('observers can neither share nor agree a pair', async () => {
    const id = await wholePair()
    expect((await command(observer, { type: 'share-pair', statementId: id })).status).toBe(403)
    expect((await command(observer, { type: 'agree-pair', statementId: id })).status).toBe(403)
    expect((await storedStatus())[id]).toBeUndefined()
  })

  it('a statement that is not on the map is answered 404, and an id that cannot be one 400', async () => {
    for (const type of ['share-pair', 'agree-pair']) {
      const missing = await command(owner, { type, statementId: 'no-such-statement' })
      expect(missing).toMatchObject({ status: 404, body: { error: 'That statement is not on this map; it may have been deleted.' } })
      expect((await command(owner, { type, statementId: 'not an id!' })).status).toBe(400)
    }
    expect(await storedStatus()).not.toHaveProperty('no-such-statement')
  })
})

import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDangerStatement } from '../../shared/model/danger-statements.js'
import { readPlanRecord } from '../../shared/model/plan-record.js'
import { addPlanRule, addToPlanRule, planRuleText } from '../../shared/model/plan-rules.js'
import { addJournalEntry, contingencyText, readSafetyPlan } from '../../shared/model/safety-plan.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import type { ApiClient } from '../support/http-client.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap, mapWithEveryMemberRole } from '../support/maps.js'
import { participantOnMap } from '../support/participants.js'
import type { SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

const typeInto = (fragment: Y.XmlFragment, text: string) => {
  const paragraph = new Y.XmlElement('paragraph')
  fragment.insert(fragment.length, [paragraph])
  paragraph.insert(0, [new Y.XmlText(text)])
}

describe('agreeing the safety plan and giving out copies', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let observer: SignedInStaff
  const clients: LayerClient[] = []

  beforeAll(async () => {
    ;({ server, owner, observer } = await mapWithEveryMemberRole())
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  const send = (client: ApiClient, mapId: string, body: Record<string, unknown>) => client.post(`/api/maps/${mapId}/commands`, body)
  const storedPlan = async (mapId: string) => readSafetyPlan(await storedLayer(server.kinmap.store, mapId, 'shared'))
  const storedRecord = async (mapId: string) => readPlanRecord(await storedLayer(server.kinmap.store, mapId, 'record'))

  /** A new map with one danger statement, the grandmother in through her invitation on her own device, and the worker's browser. */
  async function mapWithMaureen() {
    const mapId = await createTestMap(owner.client)
    await addMember(owner.client, mapId, observer, 'observer')
    const maureen = await participantOnMap(server, owner.client, mapId, 'Maureen Hale')
    const statementId = await server.kinmap.rooms.withRoom(mapId, 'shared', async (room) => {
      let id = ''
      await room.changeAsServer((shared) => {
        id = createDangerStatement(shared, { createdBy: owner.id, behaviour: 'When Dean has been drinking he shouts at Sophie.' })
      })
      return id
    })
    const family = connectLayer(server.url, mapId, 'shared', maureen.client.cookie)
    const worker = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    clients.push(family, worker)
    await Promise.all([family.synced(), worker.synced()])
    return { mapId, maureen, statementId, family, worker }
  }

  it('refuses to agree while a statement has no rule or there is no contingency, saying what is missing; then agrees, once', async () => {
    const { mapId, maureen, statementId, family, worker } = await mapWithMaureen()
    expect(await send(owner.client, mapId, { type: 'agree-safety-plan' })).toMatchObject({
      status: 409,
      body: { error: 'The safety plan cannot be agreed yet. Still to add: at least one plan rule; a rule that answers danger statement 1; and a contingency: what will happen if the plan cannot be kept.' },
    })

    // The grandmother writes a rule on her own device; the worker ties it to the statement.
    const ruleId = addPlanRule(family.doc, { writtenBy: { personId: maureen.personId }, what: 'On the nights Sophie works, Ellie and Jack sleep at my flat.', personIds: [maureen.personId] })
    await waitFor(() => worker.doc.getMap('planRules').has(ruleId), { what: 'the rule at the worker' })
    addToPlanRule(worker.doc, ruleId, 'statementIds', statementId)
    await waitFor(async () => (await storedPlan(mapId)).rules[0]?.statementIds.length === 1, { what: 'the tied rule on disk' })
    expect(await send(owner.client, mapId, { type: 'agree-safety-plan' })).toMatchObject({
      status: 409,
      body: { error: 'The safety plan cannot be agreed yet. Still to add: a contingency: what will happen if the plan cannot be kept.' },
    })

    typeInto(contingencyText(worker.doc)!, 'If the plan cannot be kept, Maureen has the children to stay and Priya calls a family network meeting.')
    await waitFor(async () => (await storedPlan(mapId)).contingency !== '', { what: 'the contingency on disk' })
    const agreed = await send(owner.client, mapId, { type: 'agree-safety-plan' })
    expect(agreed).toMatchObject({ status: 200, body: { ok: true, agreementId: expect.any(String) } })

    const { agreements } = await storedRecord(mapId)
    expect(agreements).toEqual([
      {
        id: agreed.body.agreementId,
        byUserId: owner.id,
        at: expect.any(String),
        meetingId: null,
        plan: {
          rules: [{ id: ruleId, what: 'On the nights Sophie works, Ellie and Jack sleep at my flat.', triggers: '', ifBroken: '', statementIds: [statementId], personIds: [maureen.personId] }],
          contingency: 'If the plan cannot be kept, Maureen has the children to stay and Priya calls a family network meeting.',
          safetyObject: { description: '', keptWhere: '', movedMeans: '', checkerIds: [] },
        },
      },
    ])
    // The same words again are the same agreement.
    expect((await send(owner.client, mapId, { type: 'agree-safety-plan' })).body.agreementId).toBe(agreed.body.agreementId)
    expect((await storedRecord(mapId)).agreements).toHaveLength(1)
  })

  it('records who was given a copy of the agreed plan, and how; never of a draft or of words changed since', async () => {
    const { mapId, maureen, statementId, worker } = await mapWithMaureen()
    const copy = { type: 'record-plan-copy', personId: maureen.personId, how: 'handedOver' }
    expect(await send(owner.client, mapId, copy)).toMatchObject({ status: 409, body: { error: 'Agree the safety plan first: everyone is given a copy of the agreed plan.' } })

    const ruleId = addPlanRule(worker.doc, { writtenBy: { personId: maureen.personId }, what: 'Maureen has the children on work nights.', statementIds: [statementId], personIds: [maureen.personId] })
    typeInto(contingencyText(worker.doc)!, 'Maureen has the children to stay.')
    await waitFor(async () => (await storedPlan(mapId)).contingency !== '', { what: 'the plan on disk' })
    const { agreementId } = (await send(owner.client, mapId, { type: 'agree-safety-plan' })).body

    const given = await send(owner.client, mapId, copy)
    expect(given).toMatchObject({ status: 200, body: { ok: true, copyId: expect.any(String) } })
    expect((await storedRecord(mapId)).copies).toEqual([{ id: given.body.copyId, personId: maureen.personId, how: 'handedOver', agreementId, byUserId: owner.id, at: expect.any(String) }])

    expect(await send(owner.client, mapId, { ...copy, personId: 'nobody-here' })).toMatchObject({ status: 404 })
    expect(await send(owner.client, mapId, { ...copy, how: 'by pigeon' })).toMatchObject({ status: 400 })

    typeInto(planRuleText(worker.doc, ruleId, 'ifBroken')!, 'Maureen calls Priya.')
    await waitFor(async () => (await storedPlan(mapId)).rules[0].ifBroken !== '', { what: 'the changed rule on disk' })
    expect(await send(owner.client, mapId, copy)).toMatchObject({ status: 409, body: { error: expect.stringMatching(/^The safety plan has changed since it was agreed on \d\d\/\d\d\/\d{4}: agree it again/) } })

    // The audit trail says which commands ran, by whom: never a word of the plan.
    const trail = await server.kinmap.store.audit.list({ limit: 100, mapId })
    expect(trail.filter((row) => row.event === 'command').map((row) => [row.actorUserId, row.detail])).toEqual([
      [owner.id, { type: 'record-plan-copy' }],
      [owner.id, { type: 'agree-safety-plan' }],
    ])
  })

  it('lets a family member write the plan but not agree it or record copies; an observer does neither; each refusal is audited', async () => {
    const { mapId, maureen } = await mapWithMaureen()
    for (const client of [maureen.client, observer.client]) {
      expect((await send(client, mapId, { type: 'agree-safety-plan' })).status).toBe(403)
      expect((await send(client, mapId, { type: 'record-plan-copy', personId: maureen.personId, how: 'printed' })).status).toBe(403)
    }
    const trail = await server.kinmap.store.audit.list({ limit: 100, mapId })
    expect(trail.filter((row) => row.event === 'access-refused' && row.detail.action === 'map:command')).toHaveLength(4)
    expect(trail.filter((row) => row.event === 'command')).toEqual([])
  })

  it('refuses raw updates that would break the plan, and keeps the good plan as it was', async () => {
    const { mapId, maureen, family } = await mapWithMaureen()
    const entryId = addJournalEntry(family.doc, { author: { personId: maureen.personId }, on: '2026-11-20', ruleId: null, kept: 'yes', note: 'Had them on Tuesday.' }, '2026-11-21')
    await waitFor(async () => (await storedPlan(mapId)).journal.length === 1, { what: 'the journal entry on disk' })

    const attempts: [string, (doc: Y.Doc) => void, RegExp][] = [
      ['replaces the contingency', (doc) => doc.getMap<Y.Map<unknown>>('safetyPlan').get('plan')!.set('contingency', new Y.XmlFragment()), /"contingency" was made with it/],
      ['removes the plan’s parts', (doc) => doc.getMap('safetyPlan').delete('plan'), /only the server makes the safety plan's parts/],
      ['rewrites a journal entry', (doc) => doc.getMap<object>('safetyJournal').set(entryId, { ...doc.getMap<object>('safetyJournal').get(entryId), kept: 'no' }), /cannot be changed or removed once written/],
      ['adds a rule with no author', (doc) => doc.getMap('planRules').set('r1', new Y.Map()), /planRules r1/],
      ['agrees the plan itself', (doc) => doc.getMap('planAgreements').set('a1', { id: 'a1' }), /"planAgreements" is not part of the shared layer/],
    ]
    for (const [what, edit, problem] of attempts) {
      const rogue = connectLayer(server.url, mapId, 'shared', maureen.client.cookie, { reconnect: false })
      clients.push(rogue)
      await rogue.synced()
      edit(rogue.doc)
      await waitFor(() => rogue.closes.length > 0, { what: `the client that ${what} to be closed` })
      expect(rogue.closes[0].code, what).toBe(CLOSE_CODES.refused)
      expect(rogue.notices[0]?.message, what).toMatch(problem)
    }
    const plan = await storedPlan(mapId)
    expect(plan.journal.map((entry) => entry.kept)).toEqual(['yes'])
    expect(contingencyText(await storedLayer(server.kinmap.store, mapId, 'shared'))).toBeInstanceOf(Y.XmlFragment)
    expect(plan.rules).toEqual([])
  })
})

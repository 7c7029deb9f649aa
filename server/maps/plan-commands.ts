import { PAIR_WORDING } from '../../shared/framework.js'
import { formatLondonDateTime } from '../../shared/london-time.js'
import { readPeople, readSettings } from '../../shared/model/case-map.js'
import { readDangerStatements } from '../../shared/model/danger-statements.js'
import { newId, now } from '../../shared/model/ids.js'
import { planLackInWords, whatPlanLacks } from '../../shared/model/plan-coverage.js'
import { agreedPlanOf, latestAgreement, planChangedSinceAgreed, readPlanRecord, recordPlanAgreed, recordPlanCopy } from '../../shared/model/plan-record.js'
import { readSafetyPlan, type SafetyPlan } from '../../shared/model/safety-plan.js'
import type { DangerStatement } from '../../shared/model/schema.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Rooms } from '../sync/rooms.js'
import { CommandRefused } from './command-refused.js'
import { inWords } from './pair-commands.js'

type Command<T extends MapCommand['type']> = Extract<MapCommand, { type: T }>

/**
 * Agrees the safety plan as the shared layer holds it now, with its words, once it answers every
 * statement, every rule says who does what, no rule answers a deleted statement, and there is a
 * contingency. Agreeing the words that stand already changes nothing; changed words are a new
 * agreement, and the record keeps every earlier one.
 */
export async function agreeSafetyPlan(rooms: Rooms, mapId: string, userId: string): Promise<{ agreementId: string }> {
  const { statements, plan } = await readPlan(rooms, mapId)
  return rooms.withRoom(mapId, 'record', async (room) => {
    const lacks = whatPlanLacks(statements, plan.rules, plan.contingency)
    if (lacks.length > 0) {
      const statement = PAIR_WORDING[readSettings(room.doc)?.framework ?? 'safety'].statement.toLowerCase()
      throw new CommandRefused('not-ready', `The safety plan cannot be agreed yet. Still to add: ${inWords(lacks.map((lack) => planLackInWords(lack, statement)))}.`)
    }
    const agreement = { id: newId(), byUserId: userId, at: now(), meetingId: null, plan: agreedPlanOf(plan) }
    let recorded = false
    await room.changeAsServer((record) => {
      recorded = recordPlanAgreed(record, agreement)
    })
    return { agreementId: recorded ? agreement.id : (latestAgreement(readPlanRecord(room.doc))?.id ?? agreement.id) }
  })
}

/** Records that a person on the map was given their copy of the plan as agreed, and how (R-SP-4). */
export async function recordPlanCopyGiven(rooms: Rooms, mapId: string, command: Command<'record-plan-copy'>, userId: string): Promise<{ copyId: string }> {
  const { plan, onMap } = await readPlan(rooms, mapId, command.personId)
  if (!onMap) throw new CommandRefused('not-on-map', 'That person is not on this map.')
  return rooms.withRoom(mapId, 'record', async (room) => {
    const agreement = latestAgreement(readPlanRecord(room.doc))
    if (agreement === null) throw new CommandRefused('not-ready', 'Agree the safety plan first: everyone is given a copy of the agreed plan.')
    if (planChangedSinceAgreed(plan, agreement)) {
      const on = formatLondonDateTime(agreement.at).slice(0, 10)
      throw new CommandRefused('not-ready', `The safety plan has changed since it was agreed on ${on}: agree it again before giving out copies.`)
    }
    const copy = { id: newId(), personId: command.personId, how: command.how, agreementId: agreement.id, byUserId: userId, at: now() }
    await room.changeAsServer((record) => recordPlanCopy(record, copy))
    return { copyId: copy.id }
  })
}

/** The plan and the statements as the server's shared layer holds them now. Nothing unreadable is agreed. */
async function readPlan(rooms: Rooms, mapId: string, personId?: string): Promise<{ statements: DangerStatement[]; plan: SafetyPlan; onMap: boolean }> {
  const read = await rooms.withRoom(mapId, 'shared', async (room) => {
    const unreadable: string[] = []
    const plan = readSafetyPlan(room.doc, unreadable)
    return { statements: readDangerStatements(room.doc), plan, unreadable, onMap: readPeople(room.doc).some((person) => person.id === personId) }
  })
  if (read.unreadable.length > 0) throw new CommandRefused('not-ready', 'Part of the safety plan cannot be read, so it cannot be agreed or copied until that is put right.')
  return read
}

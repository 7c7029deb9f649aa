import * as Y from 'yjs'
import { Id, PairStatus, type DangerStatement, type PairAgreement, type Person, type PersonRef } from './schema.js'
import { pairStatusOf } from './layers.js'

/**
 * Where each statement and goal pair stands: a draft, shared with the family (on a date), or
 * agreed (by whom, when, in which meeting). Kept in the record layer, keyed by statement id, and
 * written only by the server (the `share-pair` and `agree-pair` commands). An entry outlives a
 * deleted statement on purpose: the record never forgets what was agreed.
 */
export type PairStage = 'draft' | 'shared' | 'agreed'

export function pairStage(status: PairStatus | undefined): PairStage {
  if (status?.agreed) return 'agreed'
  return status?.sharedOn ? 'shared' : 'draft'
}

export function readPairStatus(record: Y.Doc, unreadable: string[] = []): Record<string, PairStatus> {
  const statuses: Record<string, PairStatus> = {}
  pairStatusOf(record).forEach((value, key) => {
    const parsed = PairStatus.safeParse(value)
    if (parsed.success && Id.safeParse(key).success) statuses[key] = parsed.data
    else unreadable.push(key)
  })
  return statuses
}

function currentStatus(record: Y.Doc, statementId: string): PairStatus {
  const parsed = PairStatus.safeParse(pairStatusOf(record).get(statementId))
  return parsed.success ? parsed.data : { sharedOn: null, agreed: null }
}

/**
 * Records that the pair was shared with the family on a date (ISO). A pair is shared again at
 * each visit and meeting; the latest date is kept, whatever order they are recorded in.
 */
export function recordPairShared(record: Y.Doc, statementId: string, sharedOn: string): void {
  const status = currentStatus(record, statementId)
  if (status.sharedOn !== null && status.sharedOn >= sharedOn) return
  pairStatusOf(record).set(statementId, PairStatus.parse({ ...status, sharedOn }))
}

/** Records the pair's agreement; a pair agreed already keeps its first agreement. Returns whether it recorded. */
export function recordPairAgreed(record: Y.Doc, statementId: string, agreement: PairAgreement): boolean {
  const status = currentStatus(record, statementId)
  if (status.agreed !== null) return false
  pairStatusOf(record).set(statementId, PairStatus.parse({ ...status, agreed: agreement }))
  return true
}

/**
 * What a pair still needs before it can be agreed, in plain words (empty when it is whole): every
 * part filled, and a safety network with at least one person from the family or their network who
 * is on the map (professionals support a network; they are not it).
 */
export function whatPairLacks(statement: DangerStatement, people: Person[]): string[] {
  const onMap = new Map(people.map((person) => [person.id, person]))
  const names = (refs: PersonRef[]) => refs.some((ref) => !('personId' in ref) || onMap.has(ref.personId))
  const filled = (text: string) => text.trim() !== ''
  const { goal } = statement
  const lacks: string[] = []
  if (!names(statement.worried)) lacks.push('who is worried')
  if (!filled(statement.behaviour)) lacks.push('the behaviour or circumstance we are worried about')
  if (!filled(statement.fear)) lacks.push('what we fear will happen to the child if nothing changes')
  if (!filled(goal.different)) lacks.push('what will be happening differently in the care of the child')
  if (!names(goal.convinced)) lacks.push('who needs to be convinced')
  if (!filled(goal.howLong)) lacks.push('for how long')
  if (!filled(goal.evidence)) lacks.push('what we need to see')
  const network = goal.networkPersonIds.filter((id) => {
    const group = onMap.get(id)?.group
    return group === 'family' || group === 'network'
  })
  if (network.length === 0) lacks.push('someone from the family or their network, on the map, in the safety network')
  return lacks
}

/** Today's date (ISO) in the United Kingdom, whatever time zone the server's clock is set to. */
export function todayInTheUK(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}

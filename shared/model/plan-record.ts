import * as Y from 'yjs'
import { z } from 'zod'
import { Id, Timestamp } from './schema.js'
import { PlanRule, PlanText } from './plan-rules.js'
import { SafetyObject, type SafetyPlan } from './safety-plan.js'

/**
 * What the server records about the safety plan, in the record layer, through commands only:
 * - `planAgreements`: every agreement of the plan, with the words agreed (so every view can say
 *   "changed since agreed", as `pair-status.ts` does for a pair); the latest stands.
 * - `planCopies`: who was given a copy of the agreed plan, when, how, and of which agreement (R-SP-4).
 */

/** A rule's words and links as they were agreed. */
export const AgreedRule = PlanRule.pick({ id: true, what: true, triggers: true, ifBroken: true, statementIds: true, personIds: true })
export type AgreedRule = z.infer<typeof AgreedRule>

export const AgreedPlan = z.object({ rules: z.array(AgreedRule).max(500), contingency: PlanText, safetyObject: SafetyObject }).strict()
export type AgreedPlan = z.infer<typeof AgreedPlan>

export const PlanAgreement = z
  .object({
    id: Id,
    byUserId: Id,
    at: Timestamp,
    /** The meeting it was agreed in; meetings join in a later issue, until then none. */
    meetingId: Id.nullable(),
    plan: AgreedPlan,
  })
  .strict()
export type PlanAgreement = z.infer<typeof PlanAgreement>

export const COPY_WAYS = ['printed', 'emailed', 'handedOver'] as const
export const CopyWay = z.enum(COPY_WAYS)
export type CopyWay = z.infer<typeof CopyWay>
export const COPY_WAY_NAMES: Record<CopyWay, string> = { printed: 'Printed and posted', emailed: 'Emailed', handedOver: 'Handed over in person' }

export const PlanCopy = z
  .object({
    id: Id,
    personId: Id,
    how: CopyWay,
    /** The agreement whose words they were given. */
    agreementId: Id,
    byUserId: Id,
    at: Timestamp,
  })
  .strict()
export type PlanCopy = z.infer<typeof PlanCopy>

/** The record layer's plan roots and what each entry holds: the validator checks every entry with these. */
export const PLAN_RECORD_ROOTS = { planAgreements: PlanAgreement, planCopies: PlanCopy } as const
type PlanRecordRoot = keyof typeof PLAN_RECORD_ROOTS

export interface PlanRecord {
  /** Oldest first: the last one stands. */
  agreements: PlanAgreement[]
  /** Oldest first. */
  copies: PlanCopy[]
}

function readRoot<S extends z.ZodType<{ id: string; at: string }>>(record: Y.Doc, root: PlanRecordRoot, schema: S, unreadable: string[]): z.infer<S>[] {
  const entries: z.infer<S>[] = []
  record.getMap<unknown>(root).forEach((value, key) => {
    const parsed = schema.safeParse(value)
    if (parsed.success && parsed.data.id === key) entries.push(parsed.data)
    else unreadable.push(key)
  })
  return entries.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
}

export function readPlanRecord(record: Y.Doc, unreadable: string[] = []): PlanRecord {
  return {
    agreements: readRoot(record, 'planAgreements', PlanAgreement, unreadable),
    copies: readRoot(record, 'planCopies', PlanCopy, unreadable),
  }
}

export const latestAgreement = (planRecord: PlanRecord): PlanAgreement | null => planRecord.agreements.at(-1) ?? null

/** The plan's words, as an agreement keeps them. */
export function agreedPlanOf(plan: Pick<SafetyPlan, 'rules' | 'contingency' | 'safetyObject'>): AgreedPlan {
  return AgreedPlan.parse({
    rules: plan.rules.map(({ id, what, triggers, ifBroken, statementIds, personIds }) => ({ id, what, triggers, ifBroken, statementIds, personIds })),
    contingency: plan.contingency,
    safetyObject: plan.safetyObject,
  })
}

/**
 * Whether the plan's words have changed since it was last agreed: spacing and the order statements
 * and people were added in do not count; a rule added, removed or reworded does.
 */
export function planChangedSinceAgreed(plan: Pick<SafetyPlan, 'rules' | 'contingency' | 'safetyObject'>, agreement: PlanAgreement | null): boolean {
  return agreement !== null && !samePlan(agreement.plan, agreedPlanOf(plan))
}

function samePlan(a: AgreedPlan, b: AgreedPlan): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))
}

const text = (value: string) => value.replace(/\s+/g, ' ').trim()
const comparable = ({ rules, contingency, safetyObject }: AgreedPlan) => [
  rules.map((rule) => [rule.id, text(rule.what), text(rule.triggers), text(rule.ifBroken), [...rule.statementIds].sort(), [...rule.personIds].sort()]),
  text(contingency),
  [text(safetyObject.description), text(safetyObject.keptWhere), text(safetyObject.movedMeans), [...safetyObject.checkerIds].sort()],
]

/** Records an agreement; agreeing the words that stand already records nothing. Returns whether it recorded. */
export function recordPlanAgreed(record: Y.Doc, agreement: PlanAgreement): boolean {
  const parsed = PlanAgreement.parse(agreement)
  const standing = latestAgreement(readPlanRecord(record))
  if (standing !== null && samePlan(standing.plan, parsed.plan)) return false
  record.getMap<unknown>('planAgreements').set(parsed.id, parsed)
  return true
}

export function recordPlanCopy(record: Y.Doc, copy: PlanCopy): void {
  const parsed = PlanCopy.parse(copy)
  record.getMap<unknown>('planCopies').set(parsed.id, parsed)
}

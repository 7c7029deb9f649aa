import * as Y from 'yjs'
import { z } from 'zod'
import { CalendarDate, Id, PersonRef, Timestamp } from './schema.js'
import { checkItem, presentInList, removeFromList, withoutRepeats, type ItemLayout } from './item-layout.js'
import { assertPeopleOnMap, planRulesOf, PlanText, readPlanRules, type PlanRule } from './plan-rules.js'
import { newId, now } from './ids.js'

/**
 * The safety plan: the family's own rules for day-to-day life, made with their network so that
 * every danger statement is answered (R-SP-1 to R-SP-7). It lives in the shared layer because it
 * is the family's: family and network members write rules and journal entries on their own
 * devices. Agreeing it, and which copies went to whom, the server records (`plan-record.ts`).
 *
 * Roots of the shared layer:
 * - `planRules`: one `Y.Map` per rule (`plan-rules.ts`), its three texts rich text so two people
 *   typing in one rule merge character by character.
 * - `safetyPlan`: one item, `plan`, holding the plan-wide parts (the contingency, the safety
 *   object). The server makes it when it migrates the layer (`createSafetyPlanParts`), never a
 *   browser: two browsers making it at once would each make their own, and one person's first
 *   words would be lost. Clients edit inside it; only the server may set or remove its keys. The
 *   words-and-pictures version for children will be another part of this item.
 * - `networkRoles`: each network member's part, keyed by person id, one plain value replaced whole
 *   (short fields, changed one at a time in a meeting).
 * - `safetyJournal`: dated entries, added and never changed or removed (the validator refuses it):
 *   a journal is a record of what happened.
 */

const ShortText = (max: number) => z.string().trim().max(max)

/** A physical object the child moves to say they feel unsafe; network members check it on visits. */
export const SafetyObject = z
  .object({
    /** "Ellie's blue bear"; empty when the plan has none. */
    description: ShortText(200),
    /** "On her bedroom windowsill". */
    keptWhere: ShortText(200),
    /** What moving it means, and what the adults do then. */
    movedMeans: ShortText(500),
    /** Who checks it is in its place. */
    checkerIds: z.array(Id).max(20),
  })
  .strict()
export type SafetyObject = z.infer<typeof SafetyObject>
export type SafetyObjectWords = Omit<SafetyObject, 'checkerIds'>

export const SAFETY_PLAN_KEY = 'plan'
export const SAFETY_PLAN_LAYOUT: ItemLayout = { texts: ['contingency'], items: { safetyObject: { lists: ['checkerIds'] } } }
const SafetyPlanParts = z
  .object({
    id: z.literal(SAFETY_PLAN_KEY),
    /** Plan B: what professionals and the network will do if the plan cannot be kept, or a bottom line is not met. */
    contingency: PlanText,
    safetyObject: SafetyObject,
  })
  .strict()

export const NETWORK_ROLES = ['checksIn', 'atTriggerTimes', 'childCanGoTo', 'looksAfterChildren'] as const
export const NetworkRoleKind = z.enum(NETWORK_ROLES)
export type NetworkRoleKind = z.infer<typeof NetworkRoleKind>
export const NETWORK_ROLE_NAMES: Record<NetworkRoleKind, string> = {
  checksIn: 'Checks in with the family',
  atTriggerTimes: 'Is there at the trigger times',
  childCanGoTo: 'Someone the children can go to',
  looksAfterChildren: 'Looks after the children',
}

/** A network member's part in the plan, keyed by their person id. */
export const NetworkRole = z
  .object({
    personId: Id,
    roles: z.array(NetworkRoleKind).max(NETWORK_ROLES.length),
    /** Their part in a few words: "phones Sophie every evening at seven". */
    part: ShortText(300),
    /** What they may be told about the worries, as agreed with the family and the child (R-SP-5). */
    mayBeTold: ShortText(1000),
  })
  .strict()
export type NetworkRole = z.infer<typeof NetworkRole>
export type NetworkRoleChange = Partial<Omit<NetworkRole, 'personId'>>

export const RULE_KEPT = ['yes', 'partly', 'no'] as const
export const RuleKept = z.enum(RULE_KEPT)
export type RuleKept = z.infer<typeof RuleKept>

/** A safety journal entry: a network member's note that the rules were kept, or not, on a day. */
export const JournalEntry = z
  .object({
    id: Id,
    author: PersonRef,
    on: CalendarDate,
    /** The rule it is about; null for the plan as a whole. */
    ruleId: Id.nullable(),
    kept: RuleKept,
    note: ShortText(2000),
    createdAt: Timestamp,
  })
  .strict()
export type JournalEntry = z.infer<typeof JournalEntry>

/** The whole plan as plain, validated data. */
export interface SafetyPlan {
  /** Oldest first: a rule's number is its place here. */
  rules: PlanRule[]
  contingency: string
  safetyObject: SafetyObject
  network: NetworkRole[]
  /** Newest day first. */
  journal: JournalEntry[]
}

const safetyPlanOf = (shared: Y.Doc) => shared.getMap<Y.Map<unknown>>('safetyPlan')
const networkRolesOf = (shared: Y.Doc) => shared.getMap<unknown>('networkRoles')
const safetyJournalOf = (shared: Y.Doc) => shared.getMap<unknown>('safetyJournal')

// ---------------------------------------------------------------------------------------------
// The plan-wide parts

/** Makes the plan-wide parts, empty, once; run by the server only (its migration, and seeding a new map). */
export function createSafetyPlanParts(shared: Y.Doc): void {
  if (safetyPlanOf(shared).has(SAFETY_PLAN_KEY)) return
  shared.transact(() => {
    const plan = new Y.Map<unknown>()
    safetyPlanOf(shared).set(SAFETY_PLAN_KEY, plan)
    plan.set('id', SAFETY_PLAN_KEY)
    plan.set('contingency', new Y.XmlFragment())
    const object = new Y.Map<unknown>()
    plan.set('safetyObject', object)
    for (const key of ['description', 'keptWhere', 'movedMeans'] as const) object.set(key, '')
    object.set('checkerIds', new Y.Array<string>())
  })
}

function planEntry(shared: Y.Doc): Y.Map<unknown> {
  const plan = safetyPlanOf(shared).get(SAFETY_PLAN_KEY)
  if (!plan) throw new Error('This map has not been opened by a Kinmap with the safety plan yet; reload the page.')
  return plan
}

/** The contingency's rich text, for an editor to bind to; undefined until the server made it. */
export function contingencyText(shared: Y.Doc): Y.XmlFragment | undefined {
  const text = safetyPlanOf(shared).get(SAFETY_PLAN_KEY)?.get('contingency')
  return text instanceof Y.XmlFragment ? text : undefined
}

/** Changes the safety object's words; each field merges separately with other people's edits. */
export function updateSafetyObject(shared: Y.Doc, change: Partial<SafetyObjectWords>): void {
  const parsed = SafetyObject.omit({ checkerIds: true }).partial().strict().parse(change)
  const object = planEntry(shared).get('safetyObject') as Y.Map<unknown>
  shared.transact(() => {
    for (const [key, value] of Object.entries(parsed)) if (value !== undefined) object.set(key, value)
  })
}

function checkersOf(shared: Y.Doc): Y.Array<string> {
  return (planEntry(shared).get('safetyObject') as Y.Map<unknown>).get('checkerIds') as Y.Array<string>
}

export function addSafetyObjectChecker(shared: Y.Doc, personId: string): void {
  assertPeopleOnMap(shared, [Id.parse(personId)])
  const checkers = checkersOf(shared)
  if (!presentInList(checkers, String, personId)) checkers.push([personId])
}

export function removeSafetyObjectChecker(shared: Y.Doc, personId: string): void {
  shared.transact(() => removeFromList(checkersOf(shared), String, personId))
}

export function safetyPlanProblems(entry: unknown, key: string): string[] {
  return checkItem(entry, key, SAFETY_PLAN_LAYOUT, SafetyPlanParts).problems
}

const EMPTY_OBJECT: SafetyObject = { description: '', keptWhere: '', movedMeans: '', checkerIds: [] }

function readPlanParts(shared: Y.Doc, unreadable: string[]): Pick<SafetyPlan, 'contingency' | 'safetyObject'> {
  const entry = safetyPlanOf(shared).get(SAFETY_PLAN_KEY)
  if (entry === undefined) return { contingency: '', safetyObject: EMPTY_OBJECT }
  const { item } = checkItem(entry, SAFETY_PLAN_KEY, SAFETY_PLAN_LAYOUT, SafetyPlanParts)
  if (item === null) {
    unreadable.push(SAFETY_PLAN_KEY)
    return { contingency: '', safetyObject: EMPTY_OBJECT }
  }
  return { contingency: item.contingency, safetyObject: { ...item.safetyObject, checkerIds: withoutRepeats(item.safetyObject.checkerIds, String) } }
}

// ---------------------------------------------------------------------------------------------
// The safety network

/** Changes a network member's part; a person with no part yet gets one. */
export function setNetworkRole(shared: Y.Doc, personId: string, change: NetworkRoleChange): void {
  assertPeopleOnMap(shared, [Id.parse(personId)])
  const current = NetworkRole.safeParse(networkRolesOf(shared).get(personId))
  const base = current.success ? current.data : { personId, roles: [], part: '', mayBeTold: '' }
  const next = NetworkRole.parse({ ...base, ...change, personId })
  networkRolesOf(shared).set(personId, { ...next, roles: [...new Set(next.roles)] })
}

export function networkRoleProblems(value: unknown, key: string): string[] {
  const parsed = NetworkRole.safeParse(value)
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`)
  return parsed.data.personId === key ? [] : ['a network member is filed under another person']
}

// ---------------------------------------------------------------------------------------------
// The safety journal

export type NewJournalEntry = Omit<JournalEntry, 'id' | 'createdAt'> & { id?: string; createdAt?: string }

/** Adds a journal entry. Entries are never changed: a correction is a new entry. */
export function addJournalEntry(shared: Y.Doc, input: NewJournalEntry, today: string): string {
  const entry = JournalEntry.parse({ ...input, id: input.id ?? newId(), createdAt: input.createdAt ?? now() })
  if (entry.on > today) throw new Error('A journal entry is about a day that has happened: choose today or an earlier day.')
  if ('personId' in entry.author) assertPeopleOnMap(shared, [entry.author.personId])
  if (entry.ruleId !== null && !planRulesOf(shared).has(entry.ruleId)) throw new Error('That rule is no longer in the plan.')
  safetyJournalOf(shared).set(entry.id, entry)
  return entry.id
}

export function journalEntryProblems(value: unknown, key: string): string[] {
  const parsed = JournalEntry.safeParse(value)
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`)
  return parsed.data.id === key ? [] : ['an entry is filed under another id']
}

// ---------------------------------------------------------------------------------------------
// The whole plan

function readPlain<T>(root: Y.Map<unknown>, problems: (value: unknown, key: string) => string[], schema: z.ZodType<T>, unreadable: string[]): T[] {
  const read: T[] = []
  root.forEach((value, key) => {
    if (problems(value, key).length === 0) read.push(schema.parse(value))
    else unreadable.push(key)
  })
  return read
}

/** The plan as the shared layer holds it; what cannot be read goes to `unreadable`, the rest is shown. */
export function readSafetyPlan(shared: Y.Doc, unreadable: string[] = []): SafetyPlan {
  const journal = readPlain(safetyJournalOf(shared), journalEntryProblems, JournalEntry, unreadable)
  return {
    rules: readPlanRules(shared, unreadable),
    ...readPlanParts(shared, unreadable),
    network: readPlain(networkRolesOf(shared), networkRoleProblems, NetworkRole, unreadable).sort((a, b) => a.personId.localeCompare(b.personId)),
    journal: journal.sort((a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt)),
  }
}

import * as Y from 'yjs'
import { CanvasRecord, CardShapeProps, CARD_SHAPE_TYPE, Id, Meta, MapSettings, NoneIdentified, PairStatus, type Layer, GenogramPin, Household } from './schema.js'
import { canvasArrayOf, defineRoots, ROOT_TYPES, SERVER_ONLY_ROOTS } from './layers.js'
import { cardProblems, personProblems, readPeople } from './case-map.js'
import { personDetailsProblems } from './genogram.js'
import { relationshipProblems } from './relationships.js'
import { dangerStatementProblems, STATEMENT_LAYOUT } from './danger-statements.js'
import { bottomLineProblems, BOTTOM_LINE_LAYOUT } from './bottom-lines.js'
import { nextStepProblems, NEXT_STEP_LAYOUT } from './next-steps.js'
import { replacedParts, type ItemLayout } from './item-layout.js'
import { richTextProblems } from './rich-text.js'
import { SCALING_ROOTS } from './scaling.js'
import { Meeting } from './meetings.js'
import { planRuleProblems, PLAN_RULE_LAYOUT } from './plan-rules.js'
import { journalEntryProblems, networkRoleProblems, safetyPlanProblems, SAFETY_PLAN_LAYOUT } from './safety-plan.js'
import { PLAN_RECORD_ROOTS } from './plan-record.js'
import { Domain } from '../framework.js'

/** Roots whose items nest Yjs types that must never be replaced once made. */
const NESTED_LAYOUTS: Readonly<Record<string, ItemLayout>> = {
  statements: STATEMENT_LAYOUT,
  bottomLines: BOTTOM_LINE_LAYOUT,
  nextSteps: NEXT_STEP_LAYOUT,
  planRules: PLAN_RULE_LAYOUT,
  safetyPlan: SAFETY_PLAN_LAYOUT,
}

/**
 * Roots whose own keys a client may change only in some ways, whatever it edits inside them: the
 * safety plan's parts are made by the server (two browsers making them at once would lose one
 * person's words), and a safety journal entry, once written, is a record.
 */
const KEY_RULES: Readonly<Record<string, { allowed: readonly string[]; problem: string }>> = {
  safetyPlan: { allowed: [], problem: "only the server makes the safety plan's parts" },
  safetyJournal: { allowed: ['add'], problem: 'a safety journal entry cannot be changed or removed once written' },
}

/** Record-layer roots whose every entry is one plain value with its own id. */
const ENTRY_SCHEMAS = { ...SCALING_ROOTS, meetings: Meeting, ...PLAN_RECORD_ROOTS }

/**
 * Watches a document and reports what the transactions since the last `takeProblems()` broke.
 * The server applies each client update to a probe copy watched by this, and accepts the update
 * only when nothing is broken: a CRDT update cannot be taken back once applied to the live copy.
 */
export function watchLayerChanges(doc: Y.Doc, layer: Layer) {
  const allowedRoots = new Set<string>(ROOT_TYPES[layer])
  defineRoots(doc, layer)
  const rootNames = new Map<Y.AbstractType<any>, string>()
  const touched = new Map<string, Set<string>>()
  let addedCanvasRecords: unknown[] = []
  let replaced: string[] = []
  let keyProblems: string[] = []

  const rootName = (type: Y.AbstractType<any>): string | undefined => {
    if (!rootNames.has(type)) for (const [name, root] of doc.share) rootNames.set(root, name)
    return rootNames.get(type)
  }
  const touch = (root: string, key: string | null) => {
    const keys = touched.get(root) ?? new Set<string>()
    if (key !== null) keys.add(key)
    touched.set(root, keys)
  }

  /** The root a type sits in, and the keys leading down to it (empty for the root itself). */
  const placeOf = (type: Y.AbstractType<any>): { root: string; path: (string | null)[] } => {
    const path: (string | null)[] = []
    let child = type
    while (child._item !== null) {
      path.unshift(child._item.parentSub)
      child = child._item.parent as Y.AbstractType<any>
    }
    return { root: rootName(child) ?? '?', path }
  }

  const onTransaction = (transaction: Y.Transaction) => {
    // Yjs lists only types that existed before the transaction: a new item's own keys are not here.
    for (const [type, keys] of transaction.changed) {
      const { root, path } = placeOf(type)
      if (path.length === 0) {
        touch(root, null)
        for (const key of keys) if (key !== null) touch(root, key)
        continue
      }
      touch(root, path[0])
      const layout = NESTED_LAYOUTS[root]
      if (layout && type instanceof Y.Map) {
        replaced.push(...replacedParts(layout, path.slice(1), keys).map((problem) => `${root} ${path[0]}: ${problem}`))
      }
    }
  }
  const onCanvas = (event: Y.YArrayEvent<any>) => {
    for (const item of event.changes.added) addedCanvasRecords.push(...item.content.getContent())
  }
  doc.on('afterTransaction', onTransaction)
  const stopKeyRules = Object.entries(KEY_RULES)
    .filter(([root]) => allowedRoots.has(root))
    .map(([root, rule]) => {
      const type = doc.getMap<unknown>(root)
      const onKeys = (event: Y.YMapEvent<unknown>) => {
        for (const [key, change] of event.changes.keys) if (!rule.allowed.includes(change.action)) keyProblems.push(`${root} ${key}: ${rule.problem}`)
      }
      type.observe(onKeys)
      return () => type.unobserve(onKeys)
    })
  const canvas = allowedRoots.has('canvas') ? canvasArrayOf(doc) : null
  canvas?.observe(onCanvas)

  return {
    /** Plain-words problems with what changed since the last call, then forgets them. */
    takeProblems({ asServer = false } = {}): string[] {
      const problems: string[] = [...replaced, ...(asServer ? [] : keyProblems)]
      for (const name of doc.share.keys()) {
        if (!allowedRoots.has(name)) problems.push(`"${name}" is not part of the ${layer} layer`)
      }
      for (const [root, keys] of touched) {
        if (!asServer && SERVER_ONLY_ROOTS.has(root)) problems.push(`only the server may change "${root}"`)
        for (const key of keys) problems.push(...itemProblems(doc, layer, root, key))
      }
      for (const record of addedCanvasRecords) problems.push(...canvasProblems(record))
      touched.clear()
      addedCanvasRecords = []
      replaced = []
      keyProblems = []
      return problems
    },
    stop() {
      doc.off('afterTransaction', onTransaction)
      canvas?.unobserve(onCanvas)
      for (const stop of stopKeyRules) stop()
    },
  }
}

function itemProblems(doc: Y.Doc, layer: Layer, root: string, key: string): string[] {
  const container = doc.share.get(root)
  if (!(container instanceof Y.Map)) return []
  const value = container.get(key)
  if (value === undefined) return [] // deleted
  const where = (problems: string[]) => problems.map((problem) => `${root} ${key}: ${problem}`)
  switch (root) {
    case 'cards': {
      const problems = cardProblems(value, layer, key)
      if (problems.length === 0) problems.push(...richTextProblems((value as Y.Map<unknown>).get('body') as Y.XmlFragment))
      return where(problems)
    }
    case 'people':
      return where(personProblems(value, key))
    case 'statements':
      return where(dangerStatementProblems(value, key))
    case 'bottomLines':
      return where(bottomLineProblems(value, key))
    case 'nextSteps':
      return where(nextStepProblems(value, key))
    case 'planRules':
      return where(planRuleProblems(value, key))
    case 'safetyPlan':
      return where(safetyPlanProblems(value, key))
    case 'networkRoles':
      return where(networkRoleProblems(value, key))
    case 'safetyJournal':
      return where(journalEntryProblems(value, key))
    case 'relationships':
      return where(relationshipProblems(doc, key, value, readPeople(doc)))
    case 'households': {
      const parsed = Household.safeParse(value)
      return where([...issues(parsed), ...(parsed.success && parsed.data.id !== key ? ['a household is filed under another id'] : [])])
    }
    case 'genogramPins':
      return where([...issues(Id.safeParse(key)), ...issues(GenogramPin.safeParse(value))])
    case 'personDetails':
      return where(personDetailsProblems(value, key))
    case 'pairStatus':
      return where([...issues(Id.safeParse(key)), ...issues(PairStatus.safeParse(value))])
    case 'scalingQuestions':
    case 'meetings':
    case 'scalingRounds':
    case 'judgements':
    case 'planAgreements':
    case 'planCopies': {
      const parsed = ENTRY_SCHEMAS[root].safeParse(value)
      const misfiled = parsed.success && parsed.data.id !== key ? ['an entry is filed under another id'] : []
      return where([...issues(parsed), ...misfiled])
    }
    case 'noneIdentified':
      return where([...issues(Domain.safeParse(key)), ...issues(NoneIdentified.safeParse(value))])
    case 'meta':
      return where(issues(Meta.shape[key as keyof typeof Meta.shape]?.safeParse(value) ?? { success: false, error: { issues: [{ path: [], message: 'unknown field' }] } }))
    case 'settings':
      return where(issues(MapSettings.shape[key as keyof typeof MapSettings.shape]?.safeParse(value) ?? { success: false, error: { issues: [{ path: [], message: 'unknown field' }] } }))
    default:
      return []
  }
}

function canvasProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return ['a canvas entry must be an object']
  const { key, val } = entry as { key?: unknown; val?: unknown }
  const record = CanvasRecord.safeParse(val)
  if (!record.success) return issues(record).map((problem) => `canvas: ${problem}`)
  if (record.data.id !== key) return ['canvas: an entry is filed under another id']
  if (record.data.type === CARD_SHAPE_TYPE) {
    return issues(CardShapeProps.safeParse((val as { props?: unknown }).props)).map((problem) => `canvas card: ${problem}`)
  }
  return []
}

type Parsed = { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }
function issues(result: Parsed): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`)
}

import type { CoupleStatus, ParentKind } from '../model/schema.js'
import type { DrawnGenogram } from './drawing.js'
import type { GenogramLayout } from './geometry.js'
import { CHILD_DASH, childLine, COUPLE_DASH, coupleSlashes, EMOTIONAL_NAMES, emotionalLine, INK, personSymbol, textAt } from './notation.js'
import { el, type SvgNode } from './svg-node.js'

/**
 * The legend: only the symbols and lines this genogram uses (teaching guidance, GENOGRAM.md §3.6),
 * each drawn with the same code as the genogram itself.
 */
export interface LegendEntry {
  key: string
  label: string
  sample: SvgNode
}

export interface Legend {
  node: SvgNode
  width: number
  height: number
  entries: LegendEntry[]
}

const COUPLE_NAMES: Record<CoupleStatus | 'notRecorded', string> = {
  married: 'Married (m. year)',
  livingTogether: 'Living together (LT year)',
  engaged: 'Engaged (e. year)',
  separated: 'Separated (s. year)',
  divorced: 'Divorced (d. year)',
  notRecorded: "Parents (their relationship not recorded)",
}
const CHILD_NAMES: Record<ParentKind, string> = {
  birth: 'Birth child',
  adopted: 'Adopted child',
  fostered: 'Foster child',
  step: 'Stepchild',
}

const ENTRY_WIDTH = 340
const ENTRY_HEIGHT = 56

export function legendFor(genogram: DrawnGenogram, options: { childIds?: readonly string[]; layout?: GenogramLayout } = {}): Legend {
  const entries = legendEntries(genogram, options)
  const available = options.layout ? options.layout.bounds.width - 40 : ENTRY_WIDTH * 3
  const columns = Math.max(1, Math.min(entries.length, Math.floor(available / ENTRY_WIDTH)))
  const rows = Math.ceil(entries.length / columns)
  const node = el(
    'g',
    { 'aria-label': 'Key to the symbols' },
    textAt(0, 18, 'Key', { size: 14, weight: 700, anchor: 'start' }),
    ...entries.map((entry, index) => {
      const x = (index % columns) * ENTRY_WIDTH
      const y = 38 + Math.floor(index / columns) * ENTRY_HEIGHT
      return el('g', { transform: `translate(${x} ${y})`, 'data-legend': entry.key }, entry.sample, textAt(70, 24, entry.label, { size: 13, anchor: 'start' }))
    }),
  )
  return { node, width: columns * ENTRY_WIDTH + 60, height: entries.length === 0 ? 0 : 38 + rows * ENTRY_HEIGHT + 10, entries }
}

export function legendEntries(genogram: DrawnGenogram, options: { childIds?: readonly string[]; layout?: GenogramLayout } = {}): LegendEntry[] {
  const people = genogram.people.filter((person) => !options.layout || options.layout.people[person.id])
  const entries: LegendEntry[] = []
  const add = (key: string, label: string, sample: SvgNode) => entries.push({ key, label, sample })
  const persons = people.filter((person) => (person.kind ?? 'person') === 'person')
  const line = (d: string, attrs: Record<string, string | number | undefined> = {}) => el('path', { d, stroke: INK.line, 'stroke-width': 2, fill: 'none', ...attrs })

  if (persons.some((person) => person.gender === 'male')) add('male', 'Male', personSymbol(30, 20, { gender: 'male' }))
  if (persons.some((person) => person.gender === 'female')) add('female', 'Female', personSymbol(30, 20, { gender: 'female' }))
  if (persons.some((person) => person.gender !== 'male' && person.gender !== 'female')) add('genderUnknown', 'Gender not known or not given', personSymbol(30, 20, {}))
  if (people.some((person) => options.childIds?.includes(person.id))) add('childOfMap', 'A child this map is about', personSymbol(30, 20, { gender: 'female', childOfMap: true }))
  if (persons.some((person) => person.birth)) add('age', 'Age inside (~ about); b. year born', personSymbol(30, 20, { gender: 'female', inside: '34' }))
  if (persons.some((person) => person.died)) add('died', 'Has died (born–died above)', personSymbol(30, 20, { gender: 'male', died: true }))
  if (people.some((person) => person.unnamed)) add('unnamed', 'Not named', personSymbol(30, 20, { gender: 'male', unnamed: true }))
  if (people.some((person) => person.kind === 'pregnancy')) add('pregnancy', 'Pregnancy', personSymbol(30, 20, { kind: 'pregnancy' }))
  if (people.some((person) => person.kind === 'miscarriage')) add('miscarriage', 'Miscarriage', personSymbol(30, 20, { kind: 'miscarriage' }))
  if (people.some((person) => person.kind === 'stillbirth')) add('stillbirth', 'Stillbirth', personSymbol(30, 20, { kind: 'stillbirth', gender: 'male' }))

  const statuses = new Set<CoupleStatus | 'notRecorded'>()
  for (const relationship of genogram.relationships) if (relationship.kind === 'couple') statuses.add(relationship.status)
  if (options.layout?.couples.some((couple) => !couple.recorded)) statuses.add('notRecorded')
  for (const status of ['married', 'livingTogether', 'engaged', 'separated', 'divorced', 'notRecorded'] as const) {
    if (!statuses.has(status)) continue
    add(`couple-${status}`, COUPLE_NAMES[status], el('g', {}, line('M4,8V24H56V8', { 'stroke-dasharray': COUPLE_DASH[status] }), coupleSlashes(status, 30, 24)))
  }

  const childKinds = new Set<ParentKind>()
  for (const relationship of genogram.relationships) if (relationship.kind === 'parent') childKinds.add(relationship.parentKind)
  for (const kind of ['birth', 'adopted', 'fostered', 'step'] as const) {
    if (childKinds.has(kind)) add(`child-${kind}`, CHILD_NAMES[kind], el('g', { 'data-dash': CHILD_DASH[kind] ?? 'solid' }, childLine('M30,2V36', kind)))
  }
  const twins = genogram.relationships.filter((relationship) => relationship.kind === 'twins')
  if (twins.some((relationship) => relationship.kind === 'twins' && !relationship.identical)) add('twins', 'Twins', line('M30,2L12,36M30,2L48,36'))
  if (twins.some((relationship) => relationship.kind === 'twins' && relationship.identical)) add('identicalTwins', 'Identical twins', line('M30,2L12,36M30,2L48,36M22,17H38'))

  const emotional = new Set(genogram.relationships.flatMap((relationship) => (relationship.kind === 'emotional' ? [relationship.emotionalKind] : [])))
  for (const kind of Object.keys(EMOTIONAL_NAMES) as (keyof typeof EMOTIONAL_NAMES)[]) {
    if (emotional.has(kind)) add(`emotional-${kind}`, EMOTIONAL_NAMES[kind], emotionalLine(kind, [2, 20], [60, 20]))
  }
  if (genogram.households.some((household) => people.some((person) => person.householdId === household.id))) {
    add('household', 'Live together (household)', el('rect', { x: 4, y: 4, width: 52, height: 32, rx: 4, fill: INK.householdFill, stroke: INK.householdLine, 'stroke-width': 2, 'stroke-dasharray': '10 6' }))
  }
  return entries
}

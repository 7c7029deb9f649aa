import { londonToday } from '../london-time.js'
import type { Genogram } from '../model/genogram.js'
import type { Person, Relationship } from '../model/schema.js'
import { GENOGRAM_GEOMETRY as G, type GenogramLayout, type PersonPlace } from './geometry.js'
import { householdOutline } from './households.js'
import { legendFor } from './legend.js'
import { CHILD_DASH, childLine, COUPLE_DASH, coupleLabel, coupleSlashes, EMOTIONAL_NAMES, emotionalLine, INK, personSymbol, symbolHalf, textAt } from './notation.js'
import { ageText, displayName, personTitle, wrapWords, yearsText } from './person-words.js'
import { el, GENOGRAM_FONT, type SvgNode } from './svg-node.js'

export interface DrawingOptions {
  /** `family` leaves out everything from the professional layer (`details`). */
  audience?: 'professional' | 'family'
  /** The children the map is about: drawn with a double outline. */
  childIds?: readonly string[]
  /** The day ages are counted to, "yyyy-mm-dd"; today in London unless given. */
  today?: string
  /** A legend of the symbols used, below the drawing; on unless false. */
  legend?: boolean
  /** The drawing's title, for screen readers and the file. */
  title?: string
}

export type DrawnGenogram = Pick<Genogram, 'people' | 'relationships' | 'households'> & Partial<Pick<Genogram, 'details' | 'pins'>>

/**
 * The genogram in McGoldrick notation (GENOGRAM.md), as an SVG element tree, from a layout
 * (`layoutGenogram`). Each person's group carries `data-person-id` and a `<title>`; each
 * relationship's line carries `data-relationship-id`. Drawn back to front: households, couple and
 * children's lines, emotional lines, people, legend.
 */
export function drawGenogram(genogram: DrawnGenogram, layout: GenogramLayout, options: DrawingOptions = {}): SvgNode {
  const today = options.today ?? londonToday()
  const people = new Map(genogram.people.map((person) => [person.id, person]))
  const drawn = (id: string) => layout.people[id] !== undefined && people.has(id)
  const childIds = new Set(options.childIds ?? [])
  const left = new Set(layout.problems.map((problem) => problem.relationshipId))
  const relationships = genogram.relationships.filter((relationship) => !left.has(relationship.id))
  const details = options.audience === 'family' ? {} : (genogram.details ?? {})

  const key = options.legend === false ? null : legendFor({ ...genogram, relationships }, { childIds: options.childIds, layout })
  const legend = key && key.entries.length > 0 ? key : null
  const legendTop = layout.bounds.y + layout.bounds.height
  const width = Math.max(layout.bounds.width, legend ? legend.width : 0)
  const height = layout.bounds.height + (legend ? legend.height : 0)
  const title = options.title ?? 'Genogram'

  return el(
    'svg',
    {
      viewBox: `${layout.bounds.x} ${layout.bounds.y} ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': 'genogram-title',
      'font-family': GENOGRAM_FONT,
    },
    el('title', { id: 'genogram-title' }, title),
    el('rect', { x: layout.bounds.x, y: layout.bounds.y, width, height, fill: INK.paper }),
    el('g', { 'data-layer': 'households' }, ...householdsDrawn(genogram, layout)),
    el('g', { 'data-layer': 'couples' }, ...couplesDrawn(relationships, layout)),
    el('g', { 'data-layer': 'children' }, ...childrenDrawn(layout, people)),
    el('g', { 'data-layer': 'emotional' }, ...emotionalDrawn(relationships, layout, people)),
    el(
      'g',
      { 'data-layer': 'people' },
      ...[...people.values()].filter((person) => drawn(person.id)).map((person) => personDrawn(person, layout.people[person.id], today, childIds.has(person.id), details[person.id]?.area)),
    ),
    legend ? el('g', { 'data-layer': 'legend', transform: `translate(${layout.bounds.x + G.margin.left / 2} ${legendTop})` }, legend.node) : null,
  )
}

function personDrawn(person: Person, place: PersonPlace, today: string, childOfMap: boolean, area: string | undefined): SvgNode {
  const { x, y } = place
  const half = symbolHalf(person.kind)
  const years = yearsText(person)
  const lines: SvgNode[] = []
  let lineY = y + G.coupleDrop + 18
  for (const line of wrapWords(displayName(person), 19, 2)) {
    lines.push(textAt(x, lineY, line, { size: 14, weight: 600 }))
    lineY += 16
  }
  for (const line of person.relationship ? wrapWords(person.relationship, 17, 2) : []) {
    lines.push(textAt(x, lineY, line, { size: 12, colour: INK.muted }))
    lineY += 14
  }
  for (const line of area ? wrapWords(area, 18, 2) : []) {
    lines.push(textAt(x, lineY, line, { size: 12, colour: INK.muted, italic: true }))
    lineY += 14
  }
  return el(
    'g',
    { 'data-person-id': person.id, 'data-pinned': place.pinned ? 'true' : undefined },
    el('title', {}, personTitle(person, today, childOfMap)),
    personSymbol(x, y, {
      gender: person.gender,
      kind: person.kind,
      died: Boolean(person.died),
      childOfMap,
      unnamed: person.unnamed,
      inside: ageText(person, today),
    }),
    // Above and to the left, clear of the line that comes down to the symbol.
    years ? textAt(x - 4, y - half - (childOfMap ? 9 : 5), years, { size: 12, colour: INK.muted, anchor: 'end' }) : null,
    ...lines,
  )
}

function couplesDrawn(relationships: Relationship[], layout: GenogramLayout): SvgNode[] {
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]))
  return layout.couples.map((couple) => {
    const relationship = byId.get(couple.id)
    const status = relationship?.kind === 'couple' ? relationship.status : 'notRecorded'
    const [a, b] = couple.partnerIds.map((id) => layout.people[id])
    const d = `M${a.x},${a.y + G.symbol / 2}V${couple.y}H${b.x}V${b.y + G.symbol / 2}`
    const mid = (couple.x1 + couple.x2) / 2
    const label = relationship?.kind === 'couple' ? coupleLabel(relationship.status, relationship.from, relationship.to) : ''
    return el(
      'g',
      { 'data-relationship-id': couple.recorded ? couple.id : undefined, 'data-couple': status },
      el('path', { d, stroke: INK.line, 'stroke-width': status === 'notRecorded' ? 1.5 : 2, fill: 'none', 'stroke-dasharray': COUPLE_DASH[status] }),
      coupleSlashes(status, mid + 26, couple.y),
      label ? textAt(mid, couple.y - 10, label, { size: 12, colour: INK.line }) : null,
    )
  })
}

function childrenDrawn(layout: GenogramLayout, people: Map<string, Person>): SvgNode[] {
  const topOf = (id: string) => layout.people[id].y - symbolHalf(people.get(id)?.kind)
  const families = layout.families.map((family) => {
    const xs = [family.x, ...family.children.map((child) => child.x)]
    // The line down from the parents takes the children's pattern when they all share it (an adopted only child).
    const kinds = new Set(family.children.map((child) => child.parentKind))
    const shared = kinds.size === 1 ? [...kinds][0] : 'birth'
    const parts: SvgNode[] = [childLine(`M${family.x},${family.y}V${family.barY}M${Math.min(...xs)},${family.barY}H${Math.max(...xs)}`, shared)]
    const drawnTwinBars = new Set<string>()
    for (const child of family.children) {
      const place = layout.people[child.personId]
      const d = `M${child.x},${family.barY}L${place.x},${topOf(child.personId)}`
      parts.push(el('g', { 'data-relationship-id': child.relationshipIds.join(' '), 'data-child-line': child.parentKind }, childLine(d, child.parentKind)))
      for (const twinId of child.identicalTwinIds) {
        const key = [child.personId, twinId].sort().join(' ')
        if (drawnTwinBars.has(key)) continue
        drawnTwinBars.add(key)
        // The bar joins the two twins' lines 40% of the way down from their shared point.
        const along = (id: string) => {
          const target = layout.people[id]
          return [child.x + (target.x - child.x) * 0.4, family.barY + (topOf(id) - family.barY) * 0.4]
        }
        const [ax, ay] = along(child.personId)
        const [bx, by] = along(twinId)
        parts.push(el('path', { d: `M${ax},${ay}L${bx},${by}`, stroke: INK.line, 'stroke-width': 2, 'data-twins': 'identical' }))
      }
    }
    return el('g', { 'data-family': family.id }, ...parts)
  })
  const links = layout.parentLinks.map((link) =>
    el(
      'g',
      { 'data-relationship-id': link.relationshipIds.join(' '), 'data-child-line': link.parentKind },
      el('path', { d: `M${link.points.map((point) => point.join(',')).join('L')}`, stroke: INK.muted, 'stroke-width': 2, fill: 'none', 'stroke-dasharray': CHILD_DASH[link.parentKind] }),
    ),
  )
  return [...families, ...links]
}

function emotionalDrawn(relationships: Relationship[], layout: GenogramLayout, people: Map<string, Person>): SvgNode[] {
  return relationships.flatMap((relationship) => {
    if (relationship.kind !== 'emotional') return []
    const from = layout.people[relationship.fromId]
    const to = layout.people[relationship.toId]
    if (!from || !to) return []
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1
    const clear = (place: PersonPlace, id: string, towards: PersonPlace): [number, number] => {
      const gap = symbolHalf(people.get(id)?.kind) + 8
      return [place.x + ((towards.x - place.x) / length) * gap, place.y + ((towards.y - place.y) / length) * gap]
    }
    const names = `${people.get(relationship.fromId)?.name} and ${people.get(relationship.toId)?.name}`
    return [
      el(
        'g',
        { 'data-relationship-id': relationship.id, 'data-emotional': relationship.emotionalKind },
        el('title', {}, `${EMOTIONAL_NAMES[relationship.emotionalKind].replace(/ \(.*\)$/, '')}: ${names}`),
        emotionalLine(relationship.emotionalKind, clear(from, relationship.fromId, to), clear(to, relationship.toId, from)),
      ),
    ]
  })
}

function householdsDrawn(genogram: DrawnGenogram, layout: GenogramLayout): SvgNode[] {
  return genogram.households.flatMap((household) => {
    const members = genogram.people.filter((person) => person.householdId === household.id && layout.people[person.id])
    if (members.length === 0) return []
    const outline = householdOutline(members.map((person) => layout.people[person.id]))
    return [
      el(
        'g',
        { 'data-household-id': household.id },
        el('title', {}, `${household.name}: ${members.map((person) => person.name).join(', ')}`),
        el('path', { d: outline.d, fill: INK.householdFill, stroke: INK.householdLine, 'stroke-width': 2, 'stroke-dasharray': '10 6', 'stroke-linejoin': 'round' }),
        textAt(outline.labelX, outline.labelY, household.name, { size: 12, anchor: 'start', colour: INK.householdLine, italic: true }),
      ),
    ]
  })
}

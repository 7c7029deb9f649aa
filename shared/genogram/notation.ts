import type { CoupleStatus, EmotionalKind, Gender, ParentKind, PersonKind } from '../model/schema.js'
import { el, type SvgNode } from './svg-node.js'

/**
 * McGoldrick's symbols and lines as SVG, drawn at any point so the drawing and its legend share
 * them. Every meaning a colour carries is carried by the line's pattern too, and every colour has
 * at least 4.5:1 contrast on white (WCAG 1.4.11 asks 3:1 of graphics).
 */
export const INK = {
  line: '#1b1b1b',
  muted: '#4a4f57',
  close: '#17672e',
  hostile: '#b3261e',
  abuse: '#1d4ed8',
  householdLine: '#5b6470',
  householdFill: '#f3f6fa',
  paper: '#ffffff',
} as const

const LINE = { stroke: INK.line, 'stroke-width': 2, fill: 'none' } as const

/** Half the height of a symbol: where lines meet its top and bottom. */
export function symbolHalf(kind: PersonKind | undefined): number {
  return kind === 'miscarriage' ? 8 : kind === 'stillbirth' ? 11 : kind === 'pregnancy' ? 16 : 20
}

function shape(gender: Gender | undefined, x: number, y: number, half: number, attrs: Record<string, string | number>): SvgNode {
  if (gender === 'male') return el('rect', { x: x - half, y: y - half, width: half * 2, height: half * 2, ...attrs })
  if (gender === 'female') return el('circle', { cx: x, cy: y, r: half, ...attrs })
  const d = half * 1.15
  return el('polygon', { points: `${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`, ...attrs })
}

const cross = (x: number, y: number, half: number, width = 2) =>
  el('path', { d: `M${x - half},${y - half}L${x + half},${y + half}M${x + half},${y - half}L${x - half},${y + half}`, stroke: INK.line, 'stroke-width': width, fill: 'none' })

export interface SymbolOptions {
  gender?: Gender
  kind?: PersonKind
  died?: boolean
  /** One of the children the map is about: a double outline. */
  childOfMap?: boolean
  unnamed?: boolean
  /** Written inside: the age. */
  inside?: string | null
}

export function personSymbol(x: number, y: number, options: SymbolOptions): SvgNode {
  const kind = options.kind ?? 'person'
  // `data-symbol` names what is drawn, for the canvas's styles and for tests.
  const symbol = kind === 'person' || kind === 'stillbirth' ? `${kind === 'stillbirth' ? 'stillbirth ' : ''}${options.gender ?? 'unknown'}` : kind
  if (kind === 'pregnancy') {
    return el('polygon', { 'data-symbol': symbol, points: `${x},${y - 16} ${x + 17},${y + 14} ${x - 17},${y + 14}`, ...LINE, fill: INK.paper })
  }
  if (kind === 'miscarriage') return el('circle', { 'data-symbol': symbol, cx: x, cy: y, r: 8, fill: INK.line })
  if (kind === 'stillbirth') return el('g', { 'data-symbol': symbol }, shape(options.gender, x, y, 10, { ...LINE, fill: INK.paper }), cross(x, y, 14))
  return el(
    'g',
    { 'data-symbol': [symbol, options.childOfMap ? 'child-of-map' : '', options.died ? 'died' : ''].filter(Boolean).join(' ') },
    options.childOfMap ? shape(options.gender, x, y, 25, { ...LINE, fill: INK.paper }) : null,
    shape(options.gender, x, y, 20, { ...LINE, fill: INK.paper, ...(options.unnamed ? { 'stroke-dasharray': '5 4' } : {}) }),
    options.inside ? textAt(x, y + 5, options.inside, { size: 15, weight: 700 }) : null,
    options.died ? cross(x, y, 24, 2.5) : null,
  )
}

export function textAt(
  x: number,
  y: number,
  text: string,
  options: { size?: number; weight?: number; anchor?: 'start' | 'middle' | 'end'; colour?: string; italic?: boolean } = {},
): SvgNode {
  return el(
    'text',
    {
      x,
      y,
      'font-size': options.size ?? 13,
      'font-weight': options.weight,
      'font-style': options.italic ? 'italic' : undefined,
      'text-anchor': options.anchor ?? 'middle',
      fill: options.colour ?? INK.line,
      // A white halo keeps words readable where a line passes behind them.
      stroke: INK.paper,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    text,
  )
}

// ---------------------------------------------------------------------------------------------
// Couples and children

export const COUPLE_DASH: Record<CoupleStatus | 'notRecorded', string | undefined> = {
  married: undefined,
  divorced: undefined,
  separated: undefined,
  livingTogether: '9 5',
  engaged: '3 5',
  notRecorded: '1 5',
}

/** Slashes across a couple line: one for separated, two for divorced. */
export function coupleSlashes(status: CoupleStatus | 'notRecorded', x: number, y: number): SvgNode | null {
  const count = status === 'divorced' ? 2 : status === 'separated' ? 1 : 0
  if (count === 0) return null
  const d = Array.from({ length: count }, (_, index) => `M${x + index * 8 - 4},${y + 8}L${x + index * 8 + 4},${y - 8}`).join('')
  return el('path', { d, ...LINE, 'stroke-width': 2.5 })
}

export function coupleLabel(status: CoupleStatus, from: number | null, to: number | null): string {
  const start = from === null ? '' : status === 'married' || status === 'divorced' ? `m. ${from}` : status === 'engaged' ? `e. ${from}` : `LT ${from}`
  const end = to === null ? '' : status === 'divorced' ? `d. ${to}` : status === 'separated' ? `s. ${to}` : ''
  return [start, end].filter(Boolean).join('  ')
}

/** The pattern of a child's line: solid by birth, dashed adopted, dotted fostered, dash-dot step. */
export const CHILD_DASH: Record<ParentKind, string | undefined> = {
  birth: undefined,
  adopted: '8 5',
  fostered: '2 4',
  step: '10 4 2 4',
}

export const childLine = (d: string, kind: ParentKind) => el('path', { d, ...LINE, 'stroke-dasharray': CHILD_DASH[kind] })

// ---------------------------------------------------------------------------------------------
// Emotional relationships (GENOGRAM.md §3.6)

interface EmotionalStyle {
  colour: string
  /** Straight lines side by side. */
  lines: number
  dash?: string
  /** A zigzag along the middle. */
  zigzag?: boolean
  /** Thicker zigzag. */
  heavy?: boolean
  /** Bars across the middle; `gap` leaves the middle open (cut off). */
  bars?: boolean
  gap?: boolean
  arrow?: boolean
}

export const EMOTIONAL_STYLE: Record<EmotionalKind, EmotionalStyle> = {
  close: { colour: INK.close, lines: 2 },
  fused: { colour: INK.close, lines: 3 },
  distant: { colour: INK.muted, lines: 1, dash: '2 5' },
  conflict: { colour: INK.hostile, lines: 2, dash: '8 5' },
  hostile: { colour: INK.hostile, lines: 0, zigzag: true },
  closeHostile: { colour: INK.hostile, lines: 2, zigzag: true },
  cutOff: { colour: INK.hostile, lines: 1, bars: true, gap: true },
  cutOffRepaired: { colour: INK.hostile, lines: 1, bars: true },
  physicalAbuse: { colour: INK.abuse, lines: 1, zigzag: true, arrow: true },
  emotionalAbuse: { colour: INK.abuse, lines: 2, zigzag: true, arrow: true },
  sexualAbuse: { colour: INK.abuse, lines: 0, zigzag: true, heavy: true, arrow: true },
  neglect: { colour: INK.abuse, lines: 1, arrow: true },
  focusedOn: { colour: INK.line, lines: 1, dash: '6 4', arrow: true },
  caretaker: { colour: INK.close, lines: 2, arrow: true },
}

export const EMOTIONAL_NAMES: Record<EmotionalKind, string> = {
  close: 'Close',
  fused: 'Very close (fused)',
  distant: 'Distant',
  conflict: 'Conflict',
  hostile: 'Hostile',
  closeHostile: 'Close but hostile',
  cutOff: 'Cut off',
  cutOffRepaired: 'Cut off, repaired',
  physicalAbuse: 'Physical abuse (arrow: towards whom)',
  emotionalAbuse: 'Emotional abuse (arrow: towards whom)',
  sexualAbuse: 'Sexual abuse (arrow: towards whom)',
  neglect: 'Neglect (arrow: towards whom)',
  focusedOn: 'Focused on (arrow: on whom)',
  caretaker: 'Cares for (arrow: for whom)',
}

/** An emotional line from one point to another (already kept clear of the symbols). */
export function emotionalLine(kind: EmotionalKind, from: [number, number], to: [number, number]): SvgNode {
  const style = EMOTIONAL_STYLE[kind]
  const [x1, y1] = from
  const [x2, y2] = to
  const length = Math.hypot(x2 - x1, y2 - y1) || 1
  const ux = (x2 - x1) / length
  const uy = (y2 - y1) / length
  const nx = -uy
  const ny = ux
  const at = (along: number, across: number): string => `${x1 + ux * along + nx * across},${y1 + uy * along + ny * across}`
  const end = style.arrow ? length - 10 : length
  const parts: SvgNode[] = []
  const stroke = { stroke: style.colour, 'stroke-width': 2, fill: 'none', 'stroke-linecap': 'round' as const }
  const spread = style.zigzag && style.lines > 0 ? 7 : 5
  for (let index = 0; index < style.lines; index++) {
    const across = (index - (style.lines - 1) / 2) * spread
    if (style.gap) {
      parts.push(el('path', { d: `M${at(0, across)}L${at(length / 2 - 8, across)}M${at(length / 2 + 8, across)}L${at(end, across)}`, ...stroke, 'stroke-dasharray': style.dash }))
    } else parts.push(el('path', { d: `M${at(0, across)}L${at(end, across)}`, ...stroke, 'stroke-dasharray': style.dash }))
  }
  if (style.zigzag) {
    const points: string[] = []
    const step = 6
    for (let along = 0, index = 0; along <= end; along += step, index++) points.push(at(along, index % 2 === 0 ? -5 : 5))
    parts.push(el('polyline', { points: points.join(' '), ...stroke, 'stroke-width': style.heavy ? 3 : 1.75, 'stroke-linejoin': 'round' }))
  }
  if (style.bars) {
    const mid = length / 2
    parts.push(el('path', { d: `M${at(mid - 8, -9)}L${at(mid - 8, 9)}M${at(mid + 8, -9)}L${at(mid + 8, 9)}`, ...stroke, 'stroke-width': 2.5 }))
  }
  if (style.arrow) parts.push(el('polygon', { points: `${at(length, 0)} ${at(length - 13, -7)} ${at(length - 13, 7)}`, fill: style.colour }))
  return el('g', {}, ...parts)
}

import { DOMAINS, QUESTIONS, domainsOf, type Domain, type Question } from './framework.js'

/**
 * Where the parts of a case map sit on the canvas, in page coordinates: the three questions as
 * columns, the seven domain zones under them, and the judgement strip beneath the full width.
 * Pure geometry, so the canvas, tests and (later) an SVG export agree on one layout.
 */

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface Point {
  x: number
  y: number
}

export interface MapZones {
  /** The heading of each question, above its column. */
  questions: Record<Question, Rect>
  domains: Record<Domain, Rect>
  judgement: Rect
  /** Everything above, for fitting the map into view. */
  bounds: Rect
  /**
   * The genogram's own area, to the right of the map, level with its top. The drawing starts at
   * `genogramOrigin`; a family too large for the area makes its frame grow.
   */
  genogram: Rect
}

/** A card's size when nobody has resized it: room for a few lines of text and who said it. */
export const CARD_SIZE = { w: 280, h: 170 } as const

const GAP = 24 // between cards, and between zones in a column
const ZONE_PADDING = 24
const ZONE_LABEL_HEIGHT = 56 // the domain's name, inside the top of its zone
const CARDS_ACROSS = 2
const ZONE_ROWS_IN_TALLEST_COLUMN = 3 // "What are we worried about?" has three domains
const COLUMN_GAP = 48
const QUESTION_HEIGHT = 88
const JUDGEMENT_GAP = 48
const JUDGEMENT_HEIGHT = 200
const JUDGEMENT_PADDING = 64 // keeps 0 and 10 clear of the strip's ends
const GENOGRAM_GAP = 160 // wide enough that the genogram reads as a place of its own
const GENOGRAM_SIZE = { w: 1400, h: 1000 } // room for three generations of a family; a larger one grows it
/** Cards beyond a zone's grid are laid over it again, each pass nudged by this much. */
const OVERFLOW_STEP = 16
const OVERFLOW_PASSES = 4

const ZONE_WIDTH = CARDS_ACROSS * CARD_SIZE.w + (CARDS_ACROSS - 1) * GAP + 2 * ZONE_PADDING
const ZONE_HEIGHT = ZONE_LABEL_HEIGHT + ZONE_ROWS_IN_TALLEST_COLUMN * (CARD_SIZE.h + GAP) + ZONE_PADDING
const COLUMN_HEIGHT = Math.max(...QUESTIONS.map((q) => domainsOf(q).length)) * (ZONE_HEIGHT + GAP) - GAP

function layOut(): MapZones {
  const width = QUESTIONS.length * ZONE_WIDTH + (QUESTIONS.length - 1) * COLUMN_GAP
  const questions = {} as Record<Question, Rect>
  const domains = {} as Record<Domain, Rect>
  QUESTIONS.forEach((question, column) => {
    const x = column * (ZONE_WIDTH + COLUMN_GAP)
    questions[question] = { x, y: 0, w: ZONE_WIDTH, h: QUESTION_HEIGHT }
    // Columns with fewer domains give each one more height, so the three columns end level.
    const inColumn = domainsOf(question)
    const h = (COLUMN_HEIGHT - (inColumn.length - 1) * GAP) / inColumn.length
    inColumn.forEach((domain, row) => {
      domains[domain] = { x, y: QUESTION_HEIGHT + row * (h + GAP), w: ZONE_WIDTH, h }
    })
  })
  const judgement = { x: 0, y: QUESTION_HEIGHT + COLUMN_HEIGHT + JUDGEMENT_GAP, w: width, h: JUDGEMENT_HEIGHT }
  const bounds = { x: 0, y: 0, w: width, h: judgement.y + judgement.h }
  const genogram = { x: width + GENOGRAM_GAP, y: 0, ...GENOGRAM_SIZE }
  return { questions, domains, judgement, bounds, genogram }
}

const ZONES: MapZones = layOut()

export function zones(): MapZones {
  return ZONES
}

/** Where the genogram's drawing (its own coordinates start at 0, 0) sits on the page: below the area's name. */
export function genogramOrigin(): Point {
  return { x: ZONES.genogram.x + ZONE_PADDING, y: ZONES.genogram.y + QUESTION_HEIGHT }
}

const contains = (rect: Rect, point: Point) =>
  point.x >= rect.x && point.x <= rect.x + rect.w && point.y >= rect.y && point.y <= rect.y + rect.h

/** The domain whose zone holds a point, or null between zones, on headings and on the judgement. */
export function domainAt(point: Point): Domain | null {
  return DOMAINS.find((domain) => contains(ZONES.domains[domain], point)) ?? null
}

export const centreOf = (rect: Rect): Point => ({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 })

/**
 * Where the card at `index` (its place among the domain's cards, oldest first) sits when nobody
 * has put it anywhere: a grid inside the zone, below the zone's name. A full zone is laid over again
 * with a small offset, so every card's centre stays in its own zone and it keeps its domain.
 */
export function placeCard(domain: Domain, index: number): Rect {
  const zone = ZONES.domains[domain]
  const { across, down } = gridOf(zone)
  const slot = Math.max(0, Math.floor(index))
  const inGrid = slot % (across * down)
  const offset = (Math.floor(slot / (across * down)) % OVERFLOW_PASSES) * OVERFLOW_STEP
  return {
    x: zone.x + ZONE_PADDING + (inGrid % across) * (CARD_SIZE.w + GAP) + offset,
    y: zone.y + ZONE_LABEL_HEIGHT + Math.floor(inGrid / across) * (CARD_SIZE.h + GAP) + offset,
    w: CARD_SIZE.w,
    h: CARD_SIZE.h,
  }
}

/** How many cards a zone's grid holds across and down. */
function gridOf(zone: Rect): { across: number; down: number } {
  return {
    across: Math.max(1, Math.floor((zone.w - 2 * ZONE_PADDING + GAP) / (CARD_SIZE.w + GAP))),
    down: Math.max(1, Math.floor((zone.h - ZONE_LABEL_HEIGHT - ZONE_PADDING + GAP) / (CARD_SIZE.h + GAP))),
  }
}

/**
 * Where the statement or goal of the pair at `index` (map order) sits: the width of its zone's
 * grid and `rows` of its rows (a goal says more than its statement), below the zone's cards
 * (`cardsInDomain` of them, placed or not, as `placeCard` counts them), so a pair never covers a
 * card nobody has moved. Past the grid's end it is laid over again with a small offset, as cards are.
 */
export function placePair(domain: Domain, cardsInDomain: number, index: number, rows = 1): Rect {
  const zone = ZONES.domains[domain]
  const { across, down } = gridOf(zone)
  const tall = Math.min(Math.max(1, Math.floor(rows)), down)
  const slots = Math.floor(down / tall) // places for a pair this tall, one under another
  const first = Math.ceil(Math.ceil(Math.max(0, cardsInDomain) / across) / tall) + Math.max(0, Math.floor(index))
  const offset = (Math.floor(first / slots) % OVERFLOW_PASSES) * OVERFLOW_STEP
  return {
    x: zone.x + ZONE_PADDING + offset,
    y: zone.y + ZONE_LABEL_HEIGHT + (first % slots) * tall * (CARD_SIZE.h + GAP) + offset,
    w: across * CARD_SIZE.w + (across - 1) * GAP,
    h: tall * CARD_SIZE.h + (tall - 1) * GAP,
  }
}

/** The domain whose zone is closest to a point: where a card goes when the view is between zones. */
export function nearestDomain(point: Point): Domain {
  const distance = (rect: Rect) =>
    Math.hypot(Math.max(rect.x - point.x, 0, point.x - rect.x - rect.w), Math.max(rect.y - point.y, 0, point.y - rect.y - rect.h))
  return DOMAINS.reduce((best, domain) => (distance(ZONES.domains[domain]) < distance(ZONES.domains[best]) ? domain : best))
}

/** A card centred on a point in a domain's zone, kept wholly inside the zone. */
export function placeCardAt(domain: Domain, point: Point): Rect {
  const zone = ZONES.domains[domain]
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)
  return {
    x: clamp(point.x - CARD_SIZE.w / 2, zone.x, zone.x + zone.w - CARD_SIZE.w),
    y: clamp(point.y - CARD_SIZE.h / 2, zone.y + ZONE_LABEL_HEIGHT, zone.y + zone.h - CARD_SIZE.h),
    w: CARD_SIZE.w,
    h: CARD_SIZE.h,
  }
}

/** The marks of the 0-10 judgement scale, in page coordinates along the strip's middle. */
export function judgementScale(): { value: number; x: number; y: number }[] {
  const { x, y, w, h } = ZONES.judgement
  const step = (w - 2 * JUDGEMENT_PADDING) / 10
  return Array.from({ length: 11 }, (_, value) => ({ value, x: x + JUDGEMENT_PADDING + value * step, y: y + h / 2 }))
}

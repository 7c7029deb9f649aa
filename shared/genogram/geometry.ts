import type { ParentKind } from '../model/schema.js'

/**
 * The genogram's measurements and the shape of a computed layout. Units are SVG user units
 * (CSS pixels at 100 %); y grows downwards. A person's `x`, `y` is the centre of their symbol.
 */
export const GENOGRAM_GEOMETRY = {
  /** Width and height of a person's symbol. */
  symbol: 40,
  /** Least distance between the centres of two people side by side in a row. */
  spacing: 140,
  /** Extra room between the brothers and sisters of one family and the next family's. */
  familyGap: 30,
  /** Distance between generations. */
  row: 200,
  /** How far below a person's centre the line joining a couple runs ("down, then across"). */
  coupleDrop: 34,
  /** How far above a child's centre the line joining brothers and sisters runs. */
  barAbove: 62,
  /** Room around the drawing for years above and names below the symbols. */
  margin: { left: 90, right: 90, top: 60, bottom: 135 },
} as const

export interface PersonPlace {
  x: number
  y: number
  /** 0 for the oldest generation drawn. */
  generation: number
  /** Placed by hand: `x`, `y` are the stored pin. */
  pinned: boolean
}

export interface CouplePlace {
  /** The couple relationship's id; `parents:<a>:<b>` for two birth parents not recorded as a couple. */
  id: string
  partnerIds: [string, string]
  /** Left and right ends (the partners' x), and the height of the line. */
  x1: number
  x2: number
  y: number
  /** False for two birth parents whose own relationship is not recorded. */
  recorded: boolean
}

export interface ChildPlace {
  personId: string
  /** The parent relationships that make this family's line to the child. */
  relationshipIds: string[]
  parentKind: ParentKind
  /** Where the child's line leaves the line joining brothers and sisters (shared by twins). */
  x: number
  /** The child's twins in this family, and which of them are identical. */
  twinIds: string[]
  identicalTwinIds: string[]
}

/** A couple (or one parent) and the children drawn under them. */
export interface FamilyPlace {
  id: string
  parentIds: string[]
  /** Where the line down to the children starts: the middle of the couple line, or under a lone parent. */
  x: number
  y: number
  /** Height of the line joining the brothers and sisters. */
  barY: number
  children: ChildPlace[]
}

/**
 * Parents drawn apart from the child's own family (step-parents, foster carers, the birth parents
 * of an adopted child): one line from under the parent, or from the middle of the couple's line
 * when both of a couple are the child's parents of that kind.
 */
export interface ParentLinkPlace {
  relationshipIds: string[]
  parentIds: string[]
  childId: string
  parentKind: ParentKind
  /** The line's corners, from under the parent (or couple) to the top of the child. */
  points: [number, number][]
}

export interface LayoutProblem {
  relationshipId: string
  message: string
}

export interface GenogramLayout {
  people: Record<string, PersonPlace>
  couples: CouplePlace[]
  families: FamilyPlace[]
  parentLinks: ParentLinkPlace[]
  /** Relationships left out of the drawing, and why: the rest is still drawn. */
  problems: LayoutProblem[]
  /** The area the drawing needs, margins for years and names included; may start below zero when pins do. */
  bounds: { x: number; y: number; width: number; height: number }
  width: number
  height: number
}

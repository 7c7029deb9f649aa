import { describe, expect, it } from 'vitest'
import { CARD_SIZE, centreOf, domainAt, judgementScale, nearestDomain, placeCard, placeCardAt, placePair, zones, type Rect } from '../../shared/canvas-layout.js'
import { DOMAINS, DOMAIN_QUESTION, QUESTIONS, domainsOf } from '../../shared/framework.js'

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h

describe('the map zones', () => {
  const map = zones()

  it('puts the three questions side by side, in map order', () => {
    const xs = QUESTIONS.map((question) => map.questions[question].x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    for (const question of QUESTIONS) expect(map.questions[question].y).toBe(map.bounds.y)
  })

  it('stacks each domain under its own question, in map order, without overlaps', () => {
    for (const domain of DOMAINS) {
      const zone = map.domains[domain]
      const header = map.questions[DOMAIN_QUESTION[domain]]
      expect(zone.x).toBe(header.x)
      expect(zone.w).toBe(header.w)
      expect(zone.y).toBeGreaterThanOrEqual(header.y + header.h)
    }
    for (const question of QUESTIONS) {
      const ys = domainsOf(question).map((domain) => map.domains[domain].y)
      expect(ys).toEqual([...ys].sort((a, b) => a - b))
    }
    for (const a of DOMAINS) for (const b of DOMAINS) if (a !== b) expect(overlaps(map.domains[a], map.domains[b])).toBe(false)
  })

  it('ends the three columns level, with the judgement strip beneath the full width', () => {
    const bottoms = QUESTIONS.map((question) => {
      const last = domainsOf(question).at(-1)!
      return map.domains[last].y + map.domains[last].h
    })
    expect(new Set(bottoms).size).toBe(1)
    expect(map.judgement.y).toBeGreaterThan(bottoms[0])
    expect(map.judgement.x).toBe(map.bounds.x)
    expect(map.judgement.w).toBe(map.bounds.w)
  })

  it('draws the judgement scale from 0 to 10, left to right, inside the strip', () => {
    const marks = judgementScale()
    expect(marks.map((mark) => mark.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    for (const [i, mark] of marks.entries()) {
      if (i > 0) expect(mark.x).toBeGreaterThan(marks[i - 1].x)
      expect(inside({ x: mark.x, y: mark.y, w: 0, h: 0 }, map.judgement)).toBe(true)
    }
  })
})

describe('which domain a point is in', () => {
  it('is the domain whose zone holds it', () => {
    for (const domain of DOMAINS) expect(domainAt(centreOf(zones().domains[domain]))).toBe(domain)
  })

  it('is none on a question heading, on the judgement, between columns or off the map', () => {
    const map = zones()
    expect(domainAt(centreOf(map.questions.worried))).toBeNull()
    expect(domainAt(centreOf(map.judgement))).toBeNull()
    const worried = map.domains.harm
    expect(domainAt({ x: worried.x + worried.w + 1, y: worried.y + 10 })).toBeNull()
    expect(domainAt({ x: -500, y: -500 })).toBeNull()
  })
})

describe('where a card without a position is placed', () => {
  it('gives the first cards of a domain separate places inside its zone, below its name', () => {
    for (const domain of DOMAINS) {
      const zone = zones().domains[domain]
      const placed = Array.from({ length: 6 }, (_, index) => placeCard(domain, index))
      for (const [i, card] of placed.entries()) {
        expect(card).toMatchObject(CARD_SIZE)
        expect(inside(card, zone)).toBe(true)
        expect(card.y).toBeGreaterThan(zone.y)
        for (const other of placed.slice(i + 1)) expect(overlaps(card, other)).toBe(false)
      }
    }
  })

  it('fills a row left to right before starting the next', () => {
    const [first, second, third] = [0, 1, 2].map((index) => placeCard('danger', index))
    expect(second.y).toBe(first.y)
    expect(second.x).toBeGreaterThan(first.x)
    expect(third.y).toBeGreaterThan(first.y)
  })

  it('keeps even a crowded domain\'s cards in their own zone, so they keep their domain', () => {
    for (const domain of DOMAINS) {
      for (let index = 0; index < 60; index++) expect(domainAt(centreOf(placeCard(domain, index)))).toBe(domain)
    }
  })

  it('places the same card in the same place on every device', () => {
    expect(placeCard('nextSteps', 3)).toEqual(placeCard('nextSteps', 3))
  })
})

describe('where a card added by hand goes', () => {
  it('is centred where the person double-clicked, inside the zone', () => {
    const zone = zones().domains.existingSafety
    const point = centreOf(zone)
    const card = placeCardAt('existingSafety', point)
    expect(centreOf(card)).toEqual(point)
    expect(inside(card, zone)).toBe(true)
  })

  it('is pulled inside the zone when the double-click was near its edge', () => {
    const zone = zones().domains.harm
    const card = placeCardAt('harm', { x: zone.x + 2, y: zone.y + 2 })
    expect(inside(card, zone)).toBe(true)
    expect(domainAt(centreOf(card))).toBe('harm')
  })

  it('goes to the nearest zone when the view is centred between zones or off the map', () => {
    const map = zones()
    expect(nearestDomain(centreOf(map.domains.danger))).toBe('danger')
    expect(nearestDomain({ x: -1000, y: map.domains.harm.y + 10 })).toBe('harm')
    const lastColumn = map.domains.nextSteps
    expect(nearestDomain({ x: lastColumn.x + lastColumn.w + 5000, y: lastColumn.y + lastColumn.h - 10 })).toBe('nextSteps')
  })
})

describe('where a statement and its goal are drawn', () => {
  const map = zones()

  it('spans its zone\'s card grid, in the first free row below the cards, and stays inside the zone', () => {
    const first = placePair('danger', 0, 0)
    const card = placeCard('danger', 0)
    expect(first).toMatchObject({ x: card.x, y: card.y, h: CARD_SIZE.h })
    expect(first.w).toBe(placeCard('danger', 1).x + CARD_SIZE.w - card.x)
    expect(inside(first, map.domains.danger)).toBe(true)
    // Three cards take two rows: the pair starts on the third, clear of every card.
    const afterCards = placePair('danger', 3, 0)
    for (let index = 0; index < 3; index++) expect(overlaps(afterCards, placeCard('danger', index))).toBe(false)
  })

  it('lays the pairs one under another, the same on every device, the goal in its own zone', () => {
    const pairs = [0, 1].map((index) => placePair('safetyGoals', 0, index))
    expect(overlaps(pairs[0], pairs[1])).toBe(false)
    expect(pairs[1].y).toBeGreaterThan(pairs[0].y)
    expect(placePair('safetyGoals', 0, 1)).toEqual(pairs[1])
    for (const pair of pairs) expect(domainAt(centreOf(pair))).toBe('safetyGoals')
  })

  it('gives a goal two rows when asked, below the cards, one goal under another', () => {
    const [first, second] = [0, 1].map((index) => placePair('safetyGoals', 1, index, 2))
    expect(first.h).toBe(2 * CARD_SIZE.h + (placeCard('safetyGoals', 2).y - placeCard('safetyGoals', 0).y - CARD_SIZE.h))
    expect(overlaps(first, placeCard('safetyGoals', 0))).toBe(false)
    expect(overlaps(first, second)).toBe(false)
  })

  it('keeps even a crowded zone\'s pairs inside it', () => {
    for (let index = 0; index < 8; index++) {
      expect(domainAt(centreOf(placePair('danger', 6, index)))).toBe('danger')
      expect(domainAt(centreOf(placePair('safetyGoals', 6, index, 2)))).toBe('safetyGoals')
    }
  })
})

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { domainAt, genogramOrigin, zones } from '../../shared/canvas-layout.js'
import { el } from '../../shared/genogram/svg-node.js'
import type { Person, Relationship } from '../../shared/model/index.js'
import { genogramFileName } from '../../client/genogram/genogramFileName.js'
import { drawingRect, genogramFrame } from '../../client/genogram/genogramPlace.js'
import { relationshipFrom, relationshipInWords } from '../../client/genogram/relationshipWords.js'
import { reactAttributeName, reactStyle, SvgTree } from '../../client/genogram/SvgTree.js'
import { peopleToChoose, personChoiceLabel } from '../../client/map/peopleToChoose.js'
import { mentionLines } from '../../client/map/RemovePersonDialog.js'
import { safetyCircles } from '../../client/network/safetyCircles.js'

const person = (id: string, fields: Partial<Person> = {}): Person => ({ id, name: id, relationship: '', agency: '', group: 'family', userId: null, ...fields })

describe('the genogram drawn with React', () => {
  it('spells SVG attributes as React does, and keeps data- and aria- attributes', () => {
    expect(reactAttributeName('stroke-width')).toBe('strokeWidth')
    expect(reactAttributeName('stroke-dasharray')).toBe('strokeDasharray')
    expect(reactAttributeName('font-family')).toBe('fontFamily')
    expect(reactAttributeName('class')).toBe('className')
    expect(reactAttributeName('xlink:href')).toBe('xlinkHref')
    expect(reactAttributeName('data-person-id')).toBe('data-person-id')
    expect(reactAttributeName('aria-label')).toBe('aria-label')
    expect(reactAttributeName('viewBox')).toBe('viewBox')
    expect(reactStyle('fill: red; stroke-width: 2; --ink: #000')).toEqual({ fill: 'red', strokeWidth: '2', '--ink': '#000' })
  })

  it('renders the same tree as the file: elements, attributes, text and nesting', () => {
    const tree = el(
      'svg',
      { viewBox: '0 0 100 50', width: 100, height: 50 },
      el('g', { 'data-person-id': 'sophie' }, el('title', {}, 'Sophie Hale, mother'), el('circle', { cx: 20, cy: 20, r: 18, 'stroke-width': 2 })),
      el('text', { x: 50, y: 45, 'text-anchor': 'middle' }, 'Key & <symbols>'),
    )
    const html = renderToStaticMarkup(createElement(SvgTree, { node: tree }))
    expect(html).toBe(
      '<svg viewBox="0 0 100 50" width="100" height="50"><g data-person-id="sophie"><title>Sophie Hale, mother</title>' +
        '<circle cx="20" cy="20" r="18" stroke-width="2"></circle></g><text x="50" y="45" text-anchor="middle">Key &amp; &lt;symbols&gt;</text></svg>',
    )
  })

  it('lets the canvas add its own props to chosen nodes, such as making each person a button', () => {
    const tree = el('svg', {}, el('g', { 'data-person-id': 'jack' }, el('rect', { width: 10, height: 10 })), el('g', { 'data-layer': 'legend' }))
    const html = renderToStaticMarkup(
      createElement(SvgTree, { node: tree, decorate: (node) => (node.attrs['data-person-id'] ? { role: 'button', tabIndex: 0, 'aria-label': 'Jack Hale' } : undefined) }),
    )
    expect(html).toContain('<g data-person-id="jack" role="button" tabindex="0" aria-label="Jack Hale">')
    expect(html).toContain('<g data-layer="legend"></g>')
  })
})

describe('where the genogram sits on the canvas', () => {
  it('has an area of its own beside the map, in no domain', () => {
    const { genogram, bounds } = zones()
    expect(genogram.x).toBeGreaterThan(bounds.x + bounds.w)
    expect(domainAt({ x: genogram.x + genogram.w / 2, y: genogram.y + genogram.h / 2 })).toBeNull()
  })

  it('places the drawing by its view box below the area’s name, and grows the area round a large family', () => {
    const origin = genogramOrigin()
    const small = el('svg', { viewBox: '0 0 300 200', width: 300, height: 200 })
    expect(drawingRect(small)).toEqual({ x: origin.x, y: origin.y, w: 300, h: 200 })
    expect(genogramFrame(small)).toEqual(zones().genogram)
    // Pinned to the left of where the layout starts: the drawing's view box starts below zero.
    const pinnedLeft = el('svg', { viewBox: '-400 0 700 200', width: 700, height: 200 })
    expect(genogramFrame(pinnedLeft).x).toBeLessThan(origin.x - 400)
    const large = el('svg', { viewBox: '0 0 5000 3000', width: 5000, height: 3000 })
    const frame = genogramFrame(large)
    expect(frame.w).toBeGreaterThan(5000)
    expect(frame.h).toBeGreaterThan(3000)
  })
})

describe('the download’s file name', () => {
  it('keeps only safe characters of the map’s title', () => {
    expect(genogramFileName('Ellie Hale')).toBe('genogram-Ellie-Hale.svg')
    expect(genogramFileName('Zoë & Léa O’Brien / 2026')).toBe('genogram-Zoe-Lea-O-Brien-2026.svg')
    expect(genogramFileName('***')).toBe('genogram.svg')
  })
})

describe('relationships in words', () => {
  const people = [
    person('sophie', { name: 'Sophie Hale', gender: 'female' }),
    person('dean', { name: 'Dean Marsh', gender: 'male' }),
    person('jack', { name: 'Jack Hale', gender: 'male', knownAs: 'JJ' }),
  ]
  const couple: Relationship = { id: 'c', kind: 'couple', partnerIds: ['sophie', 'dean'], status: 'married', from: 2015, to: null }
  const parent: Relationship = { id: 'p', kind: 'parent', parentId: 'sophie', childId: 'jack', parentKind: 'adopted' }
  const neglect: Relationship = { id: 'e', kind: 'emotional', fromId: 'dean', toId: 'jack', emotionalKind: 'neglect' }

  it('says each relationship from either side, with gender, kind, direction and years', () => {
    expect(relationshipFrom(couple, 'dean', people)).toBe('Married to Sophie Hale (since 2015)')
    expect(relationshipFrom(parent, 'sophie', people)).toBe('Adoptive mother of Jack Hale (JJ)')
    expect(relationshipFrom(parent, 'jack', people)).toBe('Adopted son of Sophie Hale')
    expect(relationshipFrom(neglect, 'dean', people)).toBe('Neglects Jack Hale (JJ)')
    expect(relationshipFrom(neglect, 'jack', people)).toBe('Neglected by Dean Marsh')
    expect(relationshipInWords(parent, people)).toBe('Sophie Hale: adoptive mother of Jack Hale (JJ)')
  })
})

describe('choosing people', () => {
  const people = [
    person('sophie', { name: 'Sophie Hale', relationship: 'mother', knownAs: 'Soph' }),
    person('ron', { name: 'Ron Hale', relationship: 'grandfather', died: { date: null } }),
    person('bump', { name: 'Baby', kind: 'pregnancy' }),
    person('maureen', { name: 'Maureen Hale', relationship: 'maternal grandmother' }),
  ]

  it('offers only people who can take part, and keeps someone already chosen', () => {
    expect(peopleToChoose(people).map((each) => each.id)).toEqual(['sophie', 'maureen'])
    expect(peopleToChoose(people, ['ron']).map((each) => each.id)).toEqual(['sophie', 'ron', 'maureen'])
  })

  it('names them with the name they are known by', () => {
    expect(personChoiceLabel(people[0])).toBe('Sophie Hale (known as Soph, mother)')
    expect(personChoiceLabel(people[3])).toBe('Maureen Hale (maternal grandmother)')
  })
})

describe('safety circles', () => {
  it('puts the children at the centre and the family and network in their circles; professionals and those who cannot take part are not in them', () => {
    const people = [
      person('ellie', { name: 'Ellie Hale', circle: 'inner' }),
      person('maureen', { circle: 'inner', group: 'network' }),
      person('kelly', { circle: 'middle' }),
      person('dean'),
      person('priya', { group: 'professional', circle: 'outer' }),
      person('ron', { died: { date: '2019-03-01' }, circle: 'outer' }),
    ]
    const circles = safetyCircles(people, ['ellie'])
    expect(circles.children.map((each) => each.id)).toEqual(['ellie'])
    expect(circles.circles.inner.map((each) => each.id)).toEqual(['maureen'])
    expect(circles.circles.middle.map((each) => each.id)).toEqual(['kelly'])
    expect(circles.circles.outer).toEqual([])
    expect(circles.notPlaced.map((each) => each.id)).toEqual(['dean'])
  })
})

describe('taking someone off the map', () => {
  it('lists what names them in words, leaving out what does not', () => {
    expect(mentionLines({ statements: ['s1'], goals: [], nextSteps: ['n1', 'n2'], cards: ['c1'], relationships: ['r1', 'r2'] })).toEqual([
      '2 relationships on the genogram',
      '1 statement says they are worried',
      '2 next steps they own',
      '1 card they said, heard or are about',
    ])
    expect(mentionLines({ statements: [], goals: [], nextSteps: [], cards: [], relationships: [] })).toEqual([])
  })
})

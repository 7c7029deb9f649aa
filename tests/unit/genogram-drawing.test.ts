import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedFictionalFamily } from '../../shared/demo/fictional-family.js'
import { drawGenogram } from '../../shared/genogram/drawing.js'
import { layoutGenogram } from '../../shared/genogram/layout.js'
import { legendEntries } from '../../shared/genogram/legend.js'
import { genogramSvg, svgToString, type SvgNode } from '../../shared/genogram/svg.js'
import { readSettings } from '../../shared/model/case-map.js'
import { readGenogram } from '../../shared/model/genogram.js'
import { adoptionAndFostering, FamilyBuilder, halfSiblings, twinFamily } from '../support/genogram-families.js'

const TODAY = '2026-11-22'

function all(node: SvgNode | string, where: (node: SvgNode) => boolean, found: SvgNode[] = []): SvgNode[] {
  if (typeof node === 'string') return found
  if (where(node)) found.push(node)
  for (const child of node.children) all(child, where, found)
  return found
}
const textOf = (node: SvgNode | string): string => (typeof node === 'string' ? node : node.children.map(textOf).join(' '))
const withAttr = (root: SvgNode, name: string, value?: string) => all(root, (node) => node.attrs[name] !== undefined && (value === undefined || node.attrs[name] === value))
const draw = (f: FamilyBuilder, options: Parameters<typeof drawGenogram>[2] = {}) => drawGenogram(f.genogram(), layoutGenogram(f.genogram()), { today: TODAY, ...options })
/** Pieces of a path: "M..L..M..L.." is two strokes. */
const strokes = (node: SvgNode) => String(node.attrs.d).split('M').length - 1

function hale() {
  const docs = { shared: new Y.Doc(), professional: new Y.Doc(), record: new Y.Doc() }
  seedFictionalFamily(docs, 'user-1')
  return { genogram: readGenogram(docs.shared, docs.professional), childIds: readSettings(docs.record)!.childIds }
}

describe('the genogram drawing, in McGoldrick notation', () => {
  it('draws each couple by its status: solid married, dashed living together, one slash separated, two slashes divorced', () => {
    const f = new FamilyBuilder()
    for (const [a, b, status] of [['m1', 'f1', 'married'], ['m2', 'f2', 'livingTogether'], ['m3', 'f3', 'separated'], ['m4', 'f4', 'divorced'], ['m5', 'f5', 'engaged']] as const) {
      f.person(a, 'male', '1980-01-01')
      f.person(b, 'female', '1981-01-01')
      f.couple(a, b, status, 2010, status === 'separated' || status === 'divorced' ? 2020 : null)
    }
    const drawing = draw(f)
    const couple = (status: string) => withAttr(drawing, 'data-couple', status)[0]
    const paths = (status: string) => all(couple(status), (node) => node.tag === 'path')
    expect(paths('married')).toHaveLength(1)
    expect(paths('married')[0].attrs['stroke-dasharray']).toBeUndefined()
    expect(paths('livingTogether')[0].attrs['stroke-dasharray']).toBe('9 5')
    expect(paths('engaged')[0].attrs['stroke-dasharray']).toBe('3 5')
    expect(strokes(paths('separated')[1])).toBe(1)
    expect(strokes(paths('divorced')[1])).toBe(2)
    expect(textOf(couple('married'))).toContain('m. 2010')
    expect(textOf(couple('livingTogether'))).toContain('LT 2010')
    expect(textOf(couple('separated'))).toContain('s. 2020')
    expect(textOf(couple('divorced'))).toContain('m. 2010  d. 2020')
  })

  it('draws birth children with solid lines, adopted dashed, fostered dotted, and the other parents’ links apart', () => {
    const drawing = draw(adoptionAndFostering())
    const line = (kind: string) => withAttr(drawing, 'data-child-line', kind).map((group) => all(group, (node) => node.tag === 'path')[0].attrs['stroke-dasharray'])
    expect(line('adopted')).toEqual(['8 5'])
    expect(line('fostered')).toEqual(['2 4'])
    expect(new Set(line('birth'))).toEqual(new Set([undefined]))
  })

  it('marks who has died with an X and their years, gives ages inside, and doubles the outline of the children the map is about', () => {
    const { genogram, childIds } = hale()
    const drawing = drawGenogram(genogram, layoutGenogram(genogram), { today: TODAY, childIds })
    const person = (name: string) => withAttr(drawing, 'data-person-id', genogram.people.find((p) => p.name === name)!.id)[0]
    const ron = person('Ron Hale')
    expect(withAttr(ron, 'data-symbol', 'male died')).toHaveLength(1)
    const cross = all(ron, (node) => node.tag === 'path' && node.attrs['stroke-width'] === 2.5)
    expect(strokes(cross[0])).toBe(2)
    expect(textOf(ron)).toContain('1958–2019')
    expect(textOf(ron)).toContain('60')
    expect(textOf(person('Ellie Hale'))).toContain('b. 2019')
    expect(withAttr(person('Ellie Hale'), 'data-symbol', 'female child-of-map')).toHaveLength(1)
    expect(all(person('Ellie Hale'), (node) => node.tag === 'circle')).toHaveLength(2)
    expect(all(person('Sophie Hale'), (node) => node.tag === 'circle')).toHaveLength(1)
    expect(textOf(person('Tasha Green'))).toContain('~33')
    expect(withAttr(person('Miscarriage'), 'data-symbol', 'miscarriage')[0]).toMatchObject({ tag: 'circle', attrs: { r: 8 } })
    for (const group of withAttr(drawing, 'data-person-id')) {
      const [title] = group.children as SvgNode[]
      expect(title.tag).toBe('title')
      expect(textOf(title).length).toBeGreaterThan(0)
    }
    expect(textOf(all(ron, (node) => node.tag === 'title')[0])).toBe('Ron Hale, maternal grandfather, born 19/11/1958, died 11/03/2019')
  })

  it('draws pregnancy as a triangle and stillbirth as a small symbol with an X', () => {
    const f = new FamilyBuilder()
    f.person('mum', 'female', '1990-01-01')
    f.person('due', 'unknown', null, { kind: 'pregnancy', name: 'Pregnancy' })
    f.person('lost', 'male', null, { kind: 'stillbirth', name: 'Stillborn son' })
    f.child(['mum'], 'due')
    f.child(['mum'], 'lost')
    const drawing = draw(f)
    expect(withAttr(drawing, 'data-symbol', 'pregnancy')[0].tag).toBe('polygon')
    const stillbirth = withAttr(drawing, 'data-symbol', 'stillbirth male')[0]
    expect(all(stillbirth, (node) => node.tag === 'rect')[0].attrs.width).toBe(20)
    expect(all(stillbirth, (node) => node.tag === 'path')).toHaveLength(1)
  })

  it('brings twins from one point and joins identical twins with a bar', () => {
    const drawing = draw(twinFamily())
    const bars = withAttr(drawing, 'data-twins', 'identical')
    expect(bars).toHaveLength(1)
    const lines = withAttr(drawing, 'data-child-line', 'birth').map((group) => String(all(group, (node) => node.tag === 'path')[0].attrs.d))
    const starts = lines.map((d) => d.split('L')[0])
    // Five children, three points: Ollie's own, the identical twins', the other twins'.
    expect(new Set(starts).size).toBe(3)
  })

  it('draws directed emotional lines with an arrow at the person they are towards, each kind in its own pattern as well as colour', () => {
    const f = halfSiblings()
    f.emotional('dean', 'sophie', 'physicalAbuse')
    f.emotional('kai', 'ellie', 'close')
    f.emotional('chantelle', 'sophie', 'conflict')
    const genogram = f.genogram()
    const layout = layoutGenogram(genogram)
    const drawing = drawGenogram(genogram, layout, { today: TODAY })
    const abuse = withAttr(drawing, 'data-emotional', 'physicalAbuse')[0]
    const arrow = all(abuse, (node) => node.tag === 'polygon')[0]
    const tip = String(arrow.attrs.points).split(' ')[0].split(',').map(Number)
    const distance = (id: string) => Math.hypot(tip[0] - layout.people[id].x, tip[1] - layout.people[id].y)
    expect(distance('sophie')).toBeLessThan(distance('dean'))
    expect(all(abuse, (node) => node.tag === 'polyline')).toHaveLength(1)
    const close = withAttr(drawing, 'data-emotional', 'close')[0]
    expect(all(close, (node) => node.tag === 'path')).toHaveLength(2)
    expect(all(close, (node) => node.tag === 'polygon')).toHaveLength(0)
    const conflict = all(withAttr(drawing, 'data-emotional', 'conflict')[0], (node) => node.tag === 'path')
    expect(conflict.map((path) => path.attrs['stroke-dasharray'])).toEqual(['8 5', '8 5'])
  })

  it('draws a household as a dashed boundary around the people who live together, and only them', () => {
    const f = halfSiblings()
    f.household('home', 'Hale household', ['dean', 'sophie', 'ellie', 'jack'])
    const genogram = f.genogram()
    const layout = layoutGenogram(genogram)
    const boundary = all(withAttr(drawGenogram(genogram, layout, { today: TODAY }), 'data-household-id', 'home')[0], (node) => node.tag === 'path')[0]
    expect(boundary.attrs['stroke-dasharray']).toBe('10 6')
    const corners = String(boundary.attrs.d)
      .replace(/[MZ]/g, '')
      .split('L')
      .map((point) => point.split(',').map(Number))
    // Ray casting: a point is inside when a ray from it crosses the outline an odd number of times.
    const inside = (id: string) => {
      const { x, y } = layout.people[id]
      let crossings = 0
      corners.forEach(([x1, y1], index) => {
        const [x2, y2] = corners[(index + 1) % corners.length]
        if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) crossings++
      })
      return crossings % 2 === 1
    }
    for (const id of ['dean', 'sophie', 'ellie', 'jack']) expect(inside(id), id).toBe(true)
    for (const id of ['chantelle', 'kai']) expect(inside(id), id).toBe(false)
  })
})

describe('the legend', () => {
  it('lists only the symbols and lines used', () => {
    const f = halfSiblings()
    const layout = layoutGenogram(f.genogram())
    expect(legendEntries(f.genogram(), { layout, childIds: ['ellie'] }).map((entry) => entry.key)).toEqual([
      'male',
      'female',
      'childOfMap',
      'age',
      'couple-livingTogether',
      'couple-separated',
      'child-birth',
    ])
    const drawing = drawGenogram(f.genogram(), layout, { today: TODAY })
    const legend = withAttr(drawing, 'data-layer', 'legend')[0]
    expect(textOf(legend)).toContain('Separated (s. year)')
    expect(textOf(legend)).not.toContain('Divorced')
    expect(textOf(legend)).not.toContain('Adopted')
  })
})

describe('the genogram as an SVG file', () => {
  it('shows the family audience nothing from the professional layer', () => {
    const { genogram, childIds } = hale()
    const professional = genogramSvg(genogram, { childIds, today: TODAY })
    const family = genogramSvg(genogram, { childIds, today: TODAY, audience: 'family' })
    expect(professional).toContain('>Eastfield,<')
    for (const details of Object.values(genogram.details)) {
      if (details.area) expect(family).not.toContain(details.area.split(',')[0])
      if (details.phone) expect(family).not.toContain(details.phone)
    }
    expect(family).toContain('Maureen Hale')
  })

  it('is a standalone SVG document with its names escaped', () => {
    const f = new FamilyBuilder()
    f.person('odd', 'female', '1990-01-01', { name: 'Amy <"O\'Neil"> & Co' })
    f.household('home', 'The "Big" <House> & Garden', ['odd'])
    const svg = genogramSvg(f.genogram(), { today: TODAY, title: 'Genogram <of> "Amy" & co' })
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="')).toBe(true)
    expect(svg).toContain('Amy &lt;"O\'Neil"&gt; &amp; Co')
    expect(svg).toContain('The "Big" &lt;House&gt; &amp; Garden')
    expect(svg).not.toMatch(/<"|<House>|& Co|<of>/)
    expect(svg).toContain('font-family="system-ui, -apple-system')
    const attrs = svgToString({ tag: 'g', attrs: { 'aria-label': 'a "quoted" <b> & c' }, children: [] })
    expect(attrs).toContain('aria-label="a &quot;quoted&quot; &lt;b&gt; &amp; c"')
  })
})

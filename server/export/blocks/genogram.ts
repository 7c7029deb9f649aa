import { drawGenogram } from '../../../shared/genogram/drawing.js'
import { isDrawn } from '../../../shared/genogram/family-structure.js'
import { layoutGenogram } from '../../../shared/genogram/layout.js'
import { svgToString } from '../../../shared/genogram/svg.js'
import { londonToday } from '../../../shared/london-time.js'
import { listInWords } from '../../../shared/model/pair-sentences.js'
import type { Person } from '../../../shared/model/schema.js'
import type { ExportSource } from '../read-map.js'
import { note, paragraph, type Drawing, type ReportBlock } from '../report.js'

/**
 * The genogram as the map draws it (McGoldrick notation), made into a picture only by the formats
 * that show pictures; its people are the `people` block's table. Pregnancies, miscarriages and
 * stillbirths are drawn but are not people, so they are named in a line under the picture. The
 * family's copy is drawn without the professionals' layer (area, phone, consent): its source never
 * read that layer, and the drawing is asked for the family audience besides.
 */
export function genogramBlocks(source: ExportSource): ReportBlock[] {
  const family = source.audience === 'family'
  const { genogram } = source
  const drawn = genogram.people.filter(isDrawn)
  if (drawn.length === 0 || genogram.relationships.length === 0) {
    return [note(family ? 'The family tree has not been drawn on the map yet.' : 'No genogram has been drawn on this map yet.')]
  }
  const name = family ? 'The family tree' : 'Genogram'
  const draw = (): Drawing => {
    const options = { audience: source.audience, childIds: source.map.settings?.childIds ?? [], today: londonToday(source.now), title: `${name}: ${source.title}` }
    const node = drawGenogram(genogram, layoutGenogram(genogram), options)
    return { svg: svgToString(node), width: Number(node.attrs.width), height: Number(node.attrs.height) }
  }
  const people = drawn.filter(isPerson).length
  const blocks: ReportBlock[] = [{ type: 'image', alt: `${name} of ${source.title}, with ${people === 1 ? 'one person' : `${people} people`} and how they are related.`, draw }]
  const pregnancies = drawn.filter((person) => !isPerson(person))
  if (pregnancies.length > 0) blocks.push(paragraph(`Also drawn ${family ? 'on the family tree' : 'on the genogram'}: ${listInWords(pregnancies.map(pregnancyWords))}.`))
  return blocks
}

/** Someone, rather than a pregnancy and how it ended. */
export const isPerson = (person: Person) => (person.kind ?? 'person') === 'person'

const KIND_WORDS = { pregnancy: 'a pregnancy', miscarriage: 'a miscarriage', stillbirth: 'a stillbirth', person: 'someone' } as const

/** "a miscarriage (Sophie and Dean, 2021)". */
const pregnancyWords = (person: Person) => `${KIND_WORDS[person.kind ?? 'person']}${person.relationship ? ` (${person.relationship})` : ''}`

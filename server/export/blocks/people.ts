import type { ExportSource } from '../read-map.js'
import { cell, note, table, type ReportBlock } from '../report.js'
import { isPerson } from './genogram.js'
import { PERSON_GROUP_WORDS } from './words.js'

/**
 * The map's people: who they are to the child, and (for professionals) their agency. A pregnancy
 * drawn on the genogram is not someone: the genogram's own block names it under the picture.
 */
export function peopleBlocks(source: ExportSource): ReportBlock[] {
  const { settings } = source.map
  const people = source.map.people.filter(isPerson)
  if (people.length === 0) return [note('There is nobody on the map yet.')]
  const family = source.audience === 'family'
  const about = new Set(settings?.childIds ?? [])
  const ordered = [...people.filter((person) => about.has(person.id)), ...people.filter((person) => !about.has(person.id))]
  return [
    table(
      family ? ['Name', 'Who they are'] : ['Name', 'Relationship or role', 'Family, network or professional', 'Agency'],
      ordered.map((person) => {
        const name = about.has(person.id) ? `${person.name} (this map is about them)` : person.name
        const relationship = person.relationship || '—'
        return family ? [cell(name), cell(relationship)] : [cell(name), cell(relationship), cell(PERSON_GROUP_WORDS[person.group]), cell(person.agency || '—')]
      }),
    ),
  ]
}

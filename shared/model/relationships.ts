import type * as Y from 'yjs'
import { Id, Relationship } from './schema.js'
import { relationshipsOf } from './layers.js'
import { peopleIn, relationshipRefusal } from './relationship-rules.js'
import type { Person } from './schema.js'

/**
 * Reading and checking the genogram's relationships (shared layer `relationships`, one plain
 * value per relationship, keyed by its id). The accessors that write them are in `genogram.ts`.
 */

/**
 * The relationships between people on the map, oldest key order aside, sorted by id so every
 * device reads them alike. One naming someone no longer on the map (deleted on another device at
 * the moment it was made) is left out and its id listed in `unreadable`.
 */
export function readRelationships(shared: Y.Doc, people: readonly Pick<Person, 'id'>[], unreadable: string[] = []): Relationship[] {
  const onMap = new Set(people.map((person) => person.id))
  const relationships: Relationship[] = []
  relationshipsOf(shared).forEach((value, key) => {
    const parsed = Relationship.safeParse(value)
    if (parsed.success && parsed.data.id === key && peopleIn(parsed.data).every((id) => onMap.has(id))) relationships.push(parsed.data)
    else unreadable.push(key)
  })
  return relationships.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Problems with a relationship as stored, for the server's validator: its schema, its key, and
 * the same rules the accessors apply, against the rest of the document (so a client that skips
 * the accessors is refused in the same words).
 */
export function relationshipProblems(shared: Y.Doc, key: string, value: unknown, people: readonly Person[]): string[] {
  const id = Id.safeParse(key)
  if (!id.success) return ['a relationship needs an id of letters, digits, _ or -']
  const parsed = Relationship.safeParse(value)
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'relationship'}: ${issue.message}`)
  if (parsed.data.id !== key) return ['a relationship is filed under another id']
  const others = readRelationships(shared, people).filter((relationship) => relationship.id !== key)
  const refusal = relationshipRefusal({ people, relationships: others }, parsed.data)
  return refusal === null ? [] : [refusal]
}

import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LAYERS, migrateLayer, readCaseMap, SCHEMA_VERSION, schemaVersionOf, watchLayerChanges } from '../../shared/model/index.js'

const fixtures = new URL('../fixtures/maps/', import.meta.url)
const SERVER = Symbol('server')

function openStored(version: string) {
  const docs = Object.fromEntries(
    LAYERS.map((layer) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, readFileSync(new URL(`${version}/${layer}.bin`, fixtures)))
      return [layer, doc]
    }),
  ) as Record<(typeof LAYERS)[number], Y.Doc>
  return docs
}

describe('stored maps of every earlier schema version still open', () => {
  for (const version of readdirSync(fixtures)) {
    it(`${version} migrates to the current schema and reads whole`, () => {
      const docs = openStored(version)
      for (const layer of LAYERS) {
        const watcher = watchLayerChanges(docs[layer], layer)
        migrateLayer(docs[layer], layer, SERVER)
        expect(watcher.takeProblems({ asServer: true })).toEqual([])
        expect(schemaVersionOf(docs[layer])).toBe(SCHEMA_VERSION)
      }
      const map = readCaseMap(docs)
      expect(map.unreadable).toEqual([])
      expect(map.settings?.title).toBe('Ellie and Jack Hale')
      expect(map.cards.length).toBe(12)
      expect(map.people.map((person) => person.name)).toContain('Maureen Hale')
    })
  }
})

describe('migrating', () => {
  it('is idempotent: a second run changes nothing', () => {
    const docs = openStored('schema-0')
    migrateLayer(docs.shared, 'shared', SERVER)
    const once = Y.encodeStateAsUpdate(docs.shared)
    expect(migrateLayer(docs.shared, 'shared', SERVER)).toBe(SCHEMA_VERSION)
    expect(Y.encodeStateAsUpdate(docs.shared)).toEqual(once)
  })

  it('refuses a document written by a newer Kinmap instead of damaging it', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)
    expect(() => migrateLayer(doc, 'shared', SERVER)).toThrow(/newer Kinmap/)
  })
})

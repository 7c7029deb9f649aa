import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { canTakePart, createDangerStatement, LAYERS, migrateLayer, readCaseMap, readGenogram, readScaling, SCHEMA_VERSION, schemaVersionOf, watchLayerChanges } from '../../shared/model/index.js'
import { readPlanRecord } from '../../shared/model/plan-record.js'
import { readSafetyPlan } from '../../shared/model/safety-plan.js'

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

/** What each stored map holds beyond the Hale family's cards and people. */
const ANALYSIS_IN: Record<string, { statements: number; bottomLines: number; nextSteps: number }> = {
  'schema-0': { statements: 0, bottomLines: 0, nextSteps: 0 },
  'schema-1': { statements: 0, bottomLines: 0, nextSteps: 0 },
  'schema-2': { statements: 1, bottomLines: 1, nextSteps: 1 },
  'schema-3': { statements: 1, bottomLines: 1, nextSteps: 1 },
}

/** What each stored map holds of scaling: questions, meetings, rounds (with their answers), judgements. */
const SCALING_IN: Record<string, { questions: number; meetings: number; answers: number[]; judgements: number }> = {
  'schema-0': { questions: 0, meetings: 0, answers: [], judgements: 0 },
  'schema-1': { questions: 0, meetings: 0, answers: [], judgements: 0 },
  'schema-2': { questions: 0, meetings: 0, answers: [], judgements: 0 },
  'schema-3': { questions: 2, meetings: 1, answers: [2], judgements: 1 },
}

describe('stored maps of every earlier schema version still open', () => {
  it('every stored version says what it holds', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(ANALYSIS_IN).sort())
  })

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
      const expected = ANALYSIS_IN[version]
      expect({ statements: map.statements.length, bottomLines: map.bottomLines.length, nextSteps: map.nextSteps.length }).toEqual(expected)
      expect(map.pairStatus).toEqual({})
      const unreadable: string[] = []
      const scaling = readScaling(docs.record, unreadable)
      expect(unreadable).toEqual([])
      expect({
        questions: scaling.questions.length,
        meetings: scaling.meetings.length,
        answers: scaling.rounds.map((round) => round.answers.length),
        judgements: scaling.judgements.length,
      }).toEqual(SCALING_IN[version])
      // Every stored map is from before the safety plan: it opens with an empty one, ready to write.
      const planUnreadable: string[] = []
      expect(readSafetyPlan(docs.shared, planUnreadable)).toEqual({
        rules: [],
        contingency: '',
        safetyObject: { description: '', keptWhere: '', movedMeans: '', checkerIds: [] },
        network: [],
        journal: [],
      })
      expect(readPlanRecord(docs.record, planUnreadable)).toEqual({ agreements: [], copies: [] })
      expect(planUnreadable).toEqual([])
      for (const statement of map.statements) {
        expect(statement.goal.networkPersonIds.map((id) => map.people.find((person) => person.id === id)?.name)).toEqual(['Maureen Hale', 'Tasha Green'])
      }
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

  it('from schema 1 writes only the new version and the safety plan\'s empty parts: the other new roots need no data, and "Next steps" cards stay cards', () => {
    const docs = openStored('schema-1')
    for (const layer of LAYERS) {
      const doc = docs[layer]
      const changedRoots = new Set<string>()
      doc.on('afterTransaction', (transaction: Y.Transaction) => {
        for (const [name, root] of doc.share) {
          if (transaction.changed.has(root) || transaction.changedParentTypes.has(root)) changedRoots.add(name)
        }
      })
      migrateLayer(doc, layer, SERVER)
      expect([...changedRoots].sort()).toEqual(layer === 'shared' ? ['meta', 'safetyPlan'] : ['meta'])
    }
    expect(readCaseMap(docs).cards.filter((card) => card.domain === 'nextSteps')).toHaveLength(1)
  })

  it('leaves a stored map ready for the analysis: a browser may add a statement to it', () => {
    const docs = openStored('schema-1')
    migrateLayer(docs.shared, 'shared', SERVER)
    const watcher = watchLayerChanges(docs.shared, 'shared')
    createDangerStatement(docs.shared, { createdBy: 'user-1', behaviour: 'Dean shouts at Sophie.' })
    expect(watcher.takeProblems()).toEqual([])
  })

  it('reads a person from before the genogram (schema 3) with its genogram fields absent, and an empty genogram', () => {
    const docs = openStored('schema-3')
    for (const layer of LAYERS) migrateLayer(docs[layer], layer, SERVER)
    const unreadable: string[] = []
    const genogram = readGenogram(docs.shared, docs.professional, unreadable)
    expect(unreadable).toEqual([])
    const maureen = genogram.people.find((person) => person.name === 'Maureen Hale')!
    expect(Object.keys(maureen).sort()).toEqual(['agency', 'group', 'id', 'name', 'relationship', 'userId'])
    expect(genogram).toMatchObject({ relationships: [], households: [], pins: {}, details: {} })
    expect(canTakePart(maureen)).toBe(true)
  })

  it('refuses a document written by a newer Kinmap instead of damaging it', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)
    expect(() => migrateLayer(doc, 'shared', SERVER)).toThrow(/newer Kinmap/)
  })
})

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNextStep,
  addPerson,
  addToPair,
  createDangerStatement,
  deleteDangerStatement,
  itemsNeedingAttention,
  pairText,
  readCaseMap,
  readDangerStatements,
  setHowLong,
  watchLayerChanges,
} from '../../shared/model/index.js'

/** Two browsers on one map's shared layer, exchanging updates only when told to. */
function twoBrowsers(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc()
  const b = new Y.Doc()
  a.clientID = 1
  b.clientID = 2
  return [a, b]
}
const exchange = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
const sync = (a: Y.Doc, b: Y.Doc) => {
  exchange(a, b)
  exchange(b, a)
}
const typeInto = (fragment: Y.XmlFragment, text: string) => {
  const paragraph = new Y.XmlElement('paragraph')
  fragment.insert(fragment.length, [paragraph])
  paragraph.insert(0, [new Y.XmlText(text)])
}

describe('a statement and its goal stay one pair, whoever works on them at the same moment', () => {
  it('two people pairing at once fill in the one goal: both edits land, and there is still one goal', () => {
    const [a, b] = twoBrowsers()
    const maureen = addPerson(a, { name: 'Maureen Hale', relationship: 'maternal grandmother', agency: '', group: 'network' })
    const tasha = addPerson(a, { name: 'Tasha Green', relationship: 'neighbour', agency: '', group: 'network' })
    const id = createDangerStatement(a, { createdBy: 'user-1' })
    sync(a, b)

    typeInto(pairText(a, id, 'different')!, 'A sober adult looks after the children every night.')
    addToPair(a, id, 'networkPersonIds', maureen)
    setHowLong(a, id, 'six months')
    typeInto(pairText(b, id, 'evidence')!, 'Maureen checks in on the nights Sophie works.')
    addToPair(b, id, 'networkPersonIds', tasha)
    addToPair(b, id, 'networkPersonIds', maureen)
    sync(a, b)

    for (const doc of [a, b]) {
      const [statement] = readDangerStatements(doc)
      expect(readDangerStatements(doc)).toHaveLength(1)
      expect(statement.goal).toMatchObject({
        different: 'A sober adult looks after the children every night.',
        evidence: 'Maureen checks in on the nights Sophie works.',
        howLong: 'six months',
      })
      expect([...statement.goal.networkPersonIds].sort()).toEqual([maureen, tasha].sort())
    }
    expect(readDangerStatements(a)).toEqual(readDangerStatements(b))
  })

  it('two people making statements at once make two pairs, each with its own goal', () => {
    const [a, b] = twoBrowsers()
    const first = createDangerStatement(a, { createdBy: 'user-1', behaviour: 'Dean shouts and grabs Sophie.', goal: { howLong: 'six months' } })
    const second = createDangerStatement(b, { createdBy: 'user-2', behaviour: 'Jack misses his health checks.', goal: { howLong: 'three months' } })
    sync(a, b)
    const statements = readDangerStatements(a)
    expect(statements.map((statement) => statement.id).sort()).toEqual([first, second].sort())
    expect(Object.fromEntries(statements.map((statement) => [statement.id, statement.goal.howLong]))).toEqual({
      [first]: 'six months',
      [second]: 'three months',
    })
  })

  it('a goal edited while its statement is deleted elsewhere goes with the statement: no goal is left on its own', () => {
    const [a, b] = twoBrowsers()
    const id = createDangerStatement(a, { createdBy: 'user-1' })
    sync(a, b)
    deleteDangerStatement(a, id, { bottomLines: 'delete', nextSteps: 'delete' })
    typeInto(pairText(b, id, 'different')!, 'Typed as it was deleted')
    sync(a, b)
    for (const doc of [a, b]) {
      expect(readDangerStatements(doc)).toEqual([])
      expect(readCaseMap({ shared: doc, record: new Y.Doc() }).unreadable).toEqual([])
    }
  })

  it('the server accepts both browsers\' edits of one goal, and refuses a browser that replaces the goal', () => {
    const [a, b] = twoBrowsers()
    const id = createDangerStatement(a, { createdBy: 'user-1' })
    sync(a, b)
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a))
    const watcher = watchLayerChanges(server, 'shared')
    watcher.takeProblems({ asServer: true })

    const before = Y.encodeStateVector(b)
    typeInto(pairText(b, id, 'different')!, 'Dean does not drink at home.')
    Y.applyUpdate(server, Y.encodeStateAsUpdate(b, before))
    expect(watcher.takeProblems()).toEqual([])

    const raw = Y.encodeStateVector(a)
    ;(a.getMap<Y.Map<unknown>>('statements').get(id)!).set('goal', new Y.Map())
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a, raw))
    expect(watcher.takeProblems().join('\n')).toMatch(/"goal" was made with it and cannot be replaced or removed/)
  })

  it('a next step linked at the moment its statement is deleted elsewhere is kept and needs attention', () => {
    const [a, b] = twoBrowsers()
    const id = createDangerStatement(a, { createdBy: 'user-1' })
    sync(a, b)
    deleteDangerStatement(a, id, { bottomLines: 'keepUnlinked', nextSteps: 'keepUnlinked' })
    const step = addNextStep(b, { statementId: id, action: 'Priya to meet Maureen.' })
    sync(a, b)
    const map = readCaseMap({ shared: a, record: new Y.Doc() })
    expect(map.nextSteps.map((next) => next.id)).toEqual([step])
    expect(itemsNeedingAttention(map).nextSteps.map((next) => next.id)).toEqual([step])
  })
})

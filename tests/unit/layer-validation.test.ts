import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { problemsOf } from '../support/layer-probe.js'
import { canvasOf, createCard, markNoneIdentified, watchLayerChanges, writeSettings, type NewCard } from '../../shared/model/index.js'

const observation: Omit<NewCard, 'domain'> = { knowledge: 'observation', source: null, agency: '', childIds: [], childsWords: null, createdBy: 'user-1' }


describe('what a client may write', () => {
  it('accepts a well-formed card, with its shape, in the shared layer', () => {
    expect(problemsOf('shared', (doc) => createCard(doc, 'shared', { ...observation, domain: 'harm', text: 'ok' }, { x: 0, y: 0, w: 280, h: 170 }))).toEqual([])
  })

  it('accepts typing into an existing card', () => {
    let id = ''
    const problems = problemsOf(
      'shared',
      (doc) => ((doc.getMap<Y.Map<unknown>>('cards').get(id)!.get('body') as Y.XmlFragment).get(0) as Y.XmlElement).insert(0, [new Y.XmlText('more')]),
      (doc) => (id = createCard(doc, 'shared', { ...observation, domain: 'harm', text: 'start' })),
    )
    expect(problems).toEqual([])
  })

  it('refuses third-party information in the shared layer even when a client bypasses the accessors', () => {
    const problems = problemsOf('shared', (doc) => {
      const card = new Y.Map<unknown>()
      doc.getMap('cards').set('c1', card)
      for (const [key, value] of Object.entries({ ...observation, id: 'c1', domain: 'harm', knowledge: 'thirdParty', createdAt: new Date().toISOString() })) card.set(key, value)
      card.set('body', new Y.XmlFragment())
    })
    expect(problems.join('\n')).toMatch(/professionals-only/)
  })

  it('refuses a card in an unknown domain, and a card filed under another id', () => {
    const problems = problemsOf('shared', (doc) => {
      const card = new Y.Map<unknown>()
      doc.getMap('cards').set('c2', card)
      for (const [key, value] of Object.entries({ ...observation, id: 'other', domain: 'gossip', createdAt: new Date().toISOString() })) card.set(key, value)
      card.set('body', new Y.XmlFragment())
    })
    expect(problems.join('\n')).toMatch(/domain/)
  })

  it('refuses root types that are not part of the layer', () => {
    expect(problemsOf('shared', (doc) => doc.getMap('secrets').set('a', 1))).toEqual(['"secrets" is not part of the shared layer'])
    expect(problemsOf('professional', (doc) => markNoneIdentified(doc, 'harm', 'user-1'))).toContain('"noneIdentified" is not part of the professional layer')
  })

  it('refuses any client change to the schema version or the map settings', () => {
    expect(problemsOf('shared', (doc) => doc.getMap('meta').set('schemaVersion', 99))).toContain('only the server may change "meta"')
    expect(problemsOf('record', (doc) => writeSettings(doc, { title: 'x', framework: 'safety', childIds: [] }))).toContain('only the server may change "settings"')
  })

  it('refuses rich text the card editor cannot produce', () => {
    let id = ''
    const problems = problemsOf(
      'shared',
      (doc) => (doc.getMap<Y.Map<unknown>>('cards').get(id)!.get('body') as Y.XmlFragment).insert(0, [new Y.XmlElement('script')]),
      (doc) => (id = createCard(doc, 'shared', { ...observation, domain: 'harm' })),
    )
    expect(problems.join('\n')).toMatch(/unknown element "script"/)
  })

  it('refuses canvas records that are not shapes or bindings, and card shapes without a card id', () => {
    expect(problemsOf('shared', (doc) => canvasOf(doc).set('camera:1', { id: 'camera:1', typeName: 'camera', type: 'x' } as never)).length).toBeGreaterThan(0)
    expect(problemsOf('shared', (doc) => canvasOf(doc).set('shape:a', { id: 'shape:a', typeName: 'shape', type: 'kinmap-card', props: { w: 1, h: 1 } } as never)).join('\n')).toMatch(/cardId/)
    expect(problemsOf('shared', (doc) => canvasOf(doc).set('shape:b', { id: 'shape:b', typeName: 'shape', type: 'arrow', props: {} } as never))).toEqual([])
  })

  it('lets the server write settings and versions as itself', () => {
    const record = new Y.Doc()
    const watcher = watchLayerChanges(record, 'record')
    writeSettings(record, { title: 'Hale family', framework: 'wellbeing', childIds: [] })
    expect(watcher.takeProblems({ asServer: true })).toEqual([])
  })
})

import * as Y from 'yjs'
const src = new Y.Doc()
src.getMap('cards').set('x', new Y.Map())
const d = new Y.Doc()
Y.applyUpdate(d, Y.encodeStateAsUpdate(src))
console.log(d.share.get('cards')?.constructor.name, d.share.get('cards') instanceof Y.Map)

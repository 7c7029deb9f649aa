import * as Y from 'yjs'
import { watchLayerChanges } from '../shared/model/validation.js'
const src = new Y.Doc()
src.getMap('cards').set('x', new Y.Map())
const d = new Y.Doc()
const w = watchLayerChanges(d, 'shared')
console.log('before', [...d.share.entries()].map(([k,v])=>k+':'+v.constructor.name))
Y.applyUpdate(d, Y.encodeStateAsUpdate(src))
console.log(d.share.get('cards')?.constructor.name, w.takeProblems())

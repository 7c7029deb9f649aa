import * as Y from 'yjs'
import { watchLayerChanges, createCard, cardsOf } from '../shared/model/index.js'
const src = new Y.Doc()
// make an invalid card by hand (knowledge thirdParty in shared)
src.transact(() => {
  const m = new Y.Map(); cardsOf(src).set('c1', m)
  for (const [k, v] of Object.entries({ id: 'c1', domain: 'harm', knowledge: 'thirdParty', source: null, agency: '', childIds: [], childsWords: null, createdBy: 'u1', createdAt: new Date().toISOString() })) m.set(k, v)
  m.set('body', new Y.XmlFragment())
})
const update = Y.encodeStateAsUpdate(src)
for (const define of [false, true]) {
  const probe = new Y.Doc()
  if (define) cardsOf(probe)
  const w = watchLayerChanges(probe, 'shared')
  Y.applyUpdate(probe, update)
  console.log('roots defined first:', define, 'problems:', w.takeProblems(), probe.share.get('cards')?.constructor.name)
}
// garbage
for (const bytes of [[1,2,3], [255,255,255,255,1], [0,0], [5, 200, 1, 3, 4, 5, 6,7,8,9,10,11]]) {
  const d = new Y.Doc()
  try { Y.applyUpdate(d, new Uint8Array(bytes)); console.log('no throw', bytes, d.store.pendingStructs !== null, d.store.pendingDs) } catch (e) { console.log('throws', bytes, (e as Error).message) }
}
for (let i=0;i<2000;i++){ const len = 1+Math.floor(Math.random()*40); const b = new Uint8Array(len); for (let j=0;j<len;j++) b[j]=Math.floor(Math.random()*256); const d = new Y.Doc(); const t=performance.now(); try { Y.applyUpdate(d,b) } catch {} const dt=performance.now()-t; if (dt>50) console.log('slow', dt, b) }
console.log('fuzz done')

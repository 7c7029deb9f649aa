import * as Y from 'yjs'
import { openSqliteStore } from '../server/store/sqlite/open-sqlite-store.js'
const [dir, mapId, mode] = process.argv.slice(2)
const store = openSqliteStore(dir)
const stored = await store.documents.load(mapId, 'shared')
const base = new Y.Doc(); Y.applyUpdate(base, stored.snapshot!)
const v1 = Y.encodeStateAsUpdate(base); const v2 = Y.encodeStateAsUpdateV2(base)
// fresh-ish: measure first apply in this process for the chosen mode only
const d = new Y.Doc()
const t = performance.now()
if (mode === 'v2') Y.applyUpdateV2(d, v2); else Y.applyUpdate(d, v1)
console.log(mode, (performance.now() - t).toFixed(1), 'ms', mode === 'v2' ? v2.length : v1.length, 'bytes')

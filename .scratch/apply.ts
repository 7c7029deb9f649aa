import * as Y from 'yjs'
import fs from 'node:fs'
const mode = process.argv[2]
const snap = fs.readFileSync('.scratch/snap.bin'); const merged = fs.readFileSync('.scratch/merged.bin')
const updates = (JSON.parse(fs.readFileSync('.scratch/updates.json', 'utf8')) as string[]).map((s) => Buffer.from(s, 'base64'))
const d = new Y.Doc(); const t = performance.now()
if (mode === 'snap') Y.applyUpdate(d, snap)
else if (mode === 'merged') Y.applyUpdate(d, merged)
else d.transact(() => { for (const u of updates) Y.applyUpdate(d, u) })
console.log(mode, (performance.now() - t).toFixed(1))

import * as Y from 'yjs'
import fs from 'node:fs'
import { createCard } from '../shared/model/case-map.js'
import { DOMAINS } from '../shared/framework.js'
const TEXT = 'Mia said she feels safe at her grandmother’s house and likes walking to school with her.\nHer grandmother confirmed this at the home visit and described the morning routine.\nThe school reports good attendance this term.'
const doc = new Y.Doc(); const updates: Uint8Array[] = []
doc.on('update', (u: Uint8Array) => updates.push(u))
for (let i = 0; i < 300; i++) createCard(doc, 'shared', { domain: DOMAINS[i % 7], knowledge: 'observation', source: null, agency: '', childIds: [], childsWords: null, createdBy: 'bench', text: TEXT }, { x: i, y: i, w: 220, h: 140 })
fs.writeFileSync('.scratch/snap.bin', Y.encodeStateAsUpdate(doc))
fs.writeFileSync('.scratch/updates.json', JSON.stringify(updates.map((u) => Buffer.from(u).toString('base64'))))
fs.writeFileSync('.scratch/merged.bin', Y.mergeUpdates(updates))

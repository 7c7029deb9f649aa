import Database from 'better-sqlite3'
import fs from 'node:fs'
const dir = process.argv[2]
fs.rmSync(dir+'/t.db*', {force:true})
const db = new Database(dir + '/t.db')
db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL')
db.exec('create table if not exists u (id integer primary key, b blob)')
const ins = db.prepare('insert into u (b) values (?)')
const buf = Buffer.alloc(60)
const times=[]
for (let i=0;i<500;i++){ const t=performance.now(); ins.run(buf); times.push(performance.now()-t) }
times.sort((a,b)=>a-b)
console.log(dir, 'p50', times[250].toFixed(3), 'p99', times[495].toFixed(3), 'max', times[499].toFixed(3))
db.close()

import { MapCommand } from '../shared/commands.js'
const r = MapCommand.safeParse({ type: 'delete-map' }, { error: (iss) => { console.log('MAP', iss); return undefined } })
console.log(JSON.stringify(r.error?.issues))

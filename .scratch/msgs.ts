
import { startTestKinmap } from '../tests/support/kinmap-server.js'
import { signedInStaff } from '../tests/support/staff.js'
void (async () => {
  const server = await startTestKinmap()
  const { client } = await signedInStaff(server)
  for (const body of [{ title: '', framework: 'x', children: [] }, { title: 'Hales', framework: 'safety', children: [{ name: '' }], owner: 1 }, {}, { type: 'delete-map' }]) {
    console.log((await client.post('/api/maps', body)).body.error)
  }
  const mapId = (await client.post('/api/maps', { title: 'H', framework: 'safety', children: [{ name: 'M' }] })).body.id
  for (const body of [{ type: 'delete-map' }, { type: 'rename-map' }, { type: 'rename-map', title: 'x', extra: 1 }]) console.log((await client.post(`/api/maps/${mapId}/commands`, body)).body.error)
  await server.close()
})()

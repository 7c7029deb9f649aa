import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { ApiClient } from '../support/http-client.js'
import { createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'

describe('bad HTTP input', () => {
  let server: TestKinmap
  let staff: SignedInStaff

  beforeAll(async () => {
    server = await startTestKinmap({ signInLimit: { max: 5, timeWindowMs: 60_000 } })
    staff = await signedInStaff(server)
  })
  afterAll(() => server.close())

  it('gets a 4xx and plain words saying what is wrong', async () => {
    const { client } = staff
    const cases: Array<[Promise<{ status: number; body: { error: string } }>, number, RegExp]> = [
      [client.post('/api/maps', { title: '', framework: 'safety', children: [{ name: 'Mia Hale' }] }), 400, /title: a map needs a title/],
      [client.post('/api/maps', { title: 'Hales', framework: 'safety', children: [] }), 400, /children: a map is about at least one child/],
      [client.post('/api/maps', { title: 'Hales', framework: 'safety', children: Array.from({ length: 21 }, () => ({ name: 'A Child' })) }), 400, /at most 20 children/],
      [client.post('/api/maps', { title: 'Hales', framework: 'safety' }), 400, /children is missing/],
      [client.post('/api/maps', { title: 'Hales', framework: 'safety', children: [{ name: '' }] }), 400, /children\.0\.name: a person needs a name/],
      [client.post('/api/maps', { title: 'Hales', framework: 'nonsense', children: [{ name: 'Mia' }] }), 400, /framework must be one of/],
      [client.post('/api/maps', { title: 'Hales', framework: 'safety', children: [{ name: 'Mia' }], owner: 'me' }), 400, /owner/],
      [client.post('/api/maps', '{"title": '), 400, /not valid JSON/],
      [client.request('POST', '/api/maps', 'title=Hales', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, /as JSON/],
      [client.post('/api/maps', { title: 'x'.repeat(70_000) }), 413, /too large/],
      [client.get('/api/maps/not%20an%20id'), 400, /mapId/],
      [client.get('/api/maps/no-such-map'), 404, /no such map/],
      [client.put('/api/maps/no-such-map/members', { email: 'a@b.co', role: 'owner' }), 404, /no such map/],
      [client.get('/api/nothing-here'), 404, /nothing at this address/],
      [client.post('/api/users', { email: 'not an email', name: 'X', password: 'short' }), 403, /Only administrators/],
      [new ApiClient(server.url).get('/api/maps'), 401, /not signed in/],
      [new ApiClient(server.url).post('/api/session', { email: 'a@b.co' }), 400, /password is missing/],
    ]
    for (const [request, status, message] of cases) {
      const response = await request
      expect({ status: response.status, error: response.body?.error }).toEqual({ status, error: expect.stringMatching(message) })
    }
  })

  it('explains a bad new account to an administrator', async () => {
    const admin = await signedInStaff(server, { admin: true })
    const response = await admin.client.post('/api/users', { email: 'not an email', name: 'Jo', password: 'short' })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(/email: enter a valid email address/)
    expect(response.body.error).toMatch(/password: a password needs at least 12 characters/)
  })

  it('never shows a stack trace', async () => {
    const response = await staff.client.post('/api/maps', '{"title": ')
    expect(response.text).not.toMatch(/at .*\.(ts|js):\d+/)
    expect(Object.keys(response.body)).toEqual(['error'])
  })

  it('limits sign-in attempts from one address', async () => {
    const visitor = new ApiClient(server.url)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 7; attempt++) statuses.push((await visitor.signIn(`someone${attempt}@example.org`, 'whatever it is')).status)
    expect(statuses).toContain(429)
    expect((await visitor.signIn('x@example.org', 'whatever it is')).body.error).toMatch(/Too many attempts from this address/)
  })

  it('keeps serving maps to the people on them', async () => {
    const mapId = await createTestMap(staff.client)
    const listed = await staff.client.get('/api/maps')
    expect(listed.body.maps.map((map: { id: string }) => map.id)).toContain(mapId)
  })
})

import Database from 'better-sqlite3'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { ApiClient } from '../support/http-client.js'
import { PASSWORD, signedInStaff } from '../support/staff.js'
import { createAccount } from '../../server/auth/accounts.js'

describe('signing in and out', () => {
  let server: TestKinmap
  beforeAll(async () => {
    server = await startTestKinmap({ signInLimit: { max: 1000, timeWindowMs: 60_000 } })
  })
  afterAll(() => server.close())

  it('signs in with the right password and says who is signed in', async () => {
    const staff = await signedInStaff(server, { name: 'Priya Shah' })
    const session = await staff.client.get('/api/session')
    expect(session.status).toBe(200)
    expect(session.body).toEqual({
      user: { id: staff.id, name: 'Priya Shah', email: staff.email, isAdmin: false, isManager: false },
      csrfToken: staff.client.csrfToken,
      tldrawLicenseKey: null,
    })
    const cookie = (await new ApiClient(server.url).post('/api/session', { email: staff.email.toUpperCase(), password: PASSWORD })).headers.get('set-cookie')!
    expect(cookie).toMatch(/^kinmap_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/)
  })

  it('refuses a wrong password, and an unknown email, with the same words', async () => {
    const staff = await signedInStaff(server)
    const wrong = await new ApiClient(server.url).signIn(staff.email, 'not the password at all')
    const unknown = await new ApiClient(server.url).signIn('nobody@example.org', 'not the password at all')
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401)
      expect(response.body).toEqual({ error: 'That email and password do not match an account.' })
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })

  it('locks an account for 15 minutes after 5 failures, even against the right password', async () => {
    const staff = await signedInStaff(server)
    const client = new ApiClient(server.url)
    for (let attempt = 0; attempt < 5; attempt++) expect((await client.signIn(staff.email, 'a wrong password!')).status).toBe(401)
    const locked = await client.signIn(staff.email, PASSWORD)
    expect(locked.status).toBe(429)
    expect(locked.body.error).toMatch(/locked for 15 minutes/)
    // Someone else is not affected.
    expect((await signedInStaff(server)).client.cookie).toBeTruthy()
  })

  it('requires the CSRF token on state-changing requests from a signed-in session', async () => {
    const staff = await signedInStaff(server)
    const body = { title: 'The Hale family', framework: 'safety', children: [{ name: 'Mia Hale' }] }
    const without = await staff.client.request('POST', '/api/maps', body, { csrf: false })
    expect(without.status).toBe(403)
    expect(without.body.error).toMatch(/security token/)
    const wrong = await staff.client.request('POST', '/api/maps', body, { csrf: false, headers: { 'x-kinmap-csrf': 'guess' } })
    expect(wrong.status).toBe(403)
    expect((await staff.client.post('/api/maps', body)).status).toBe(201)
    // Signing out is a change too.
    expect((await staff.client.request('DELETE', '/api/session', undefined, { csrf: false })).status).toBe(403)
  })

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const staff = await signedInStaff(server)
    const cookie = staff.client.cookie
    const out = await staff.client.delete('/api/session')
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/^kinmap_session=;/)
    const stale = new ApiClient(server.url)
    stale.cookie = cookie
    expect((await stale.get('/api/session')).status).toBe(401)
    expect((await stale.get('/api/maps')).body).toEqual({ error: 'You are not signed in.' })
  })

  it('ends a session that has been idle past its expiry', async () => {
    const staff = await signedInStaff(server)
    const db = new Database(path.join(server.dataDir, 'kinmap.db'))
    db.prepare('UPDATE sessions SET expires_at = ? WHERE user_id = ?').run(Date.now() - 1, staff.id)
    db.close()
    expect((await staff.client.get('/api/session')).status).toBe(401)
  })

  it('lets administrators, and only them, add staff accounts', async () => {
    const admin = await signedInStaff(server, { admin: true })
    const staff = await signedInStaff(server)
    const account = { email: 'Jo.Carter@Example.org', name: 'Jo Carter', password: 'a sufficiently long one', isAdmin: false }
    const refused = await staff.client.post('/api/users', account)
    expect(refused.status).toBe(403)
    const made = await admin.client.post('/api/users', account)
    expect(made.status).toBe(201)
    expect(made.body.user).toMatchObject({ name: 'Jo Carter', email: 'jo.carter@example.org', isAdmin: false })
    expect((await admin.client.post('/api/users', account)).status).toBe(409)
    expect((await new ApiClient(server.url).signIn('jo.carter@example.org', 'a sufficiently long one')).status).toBe(200)
  })
})

describe('the first-start setup link', () => {
  let server: TestKinmap
  beforeAll(async () => {
    server = await startTestKinmap()
  })
  afterAll(() => server.close())

  it('is printed once, creates the first administrator, and then never works again', async () => {
    expect(server.announced).toHaveLength(1)
    const link = /^First start: create the administrator at (http:\/\/localhost:\d+)\/setup\/([\w-]+)$/.exec(server.announced[0])
    expect(link).not.toBeNull()
    const token = link![2]
    const visitor = new ApiClient(server.url)
    expect((await visitor.get('/api/setup')).body).toEqual({ needed: true })

    const wrong = await visitor.post('/api/setup', { token: 'not-the-token', name: 'Ann Admin', email: 'ann@example.org', password: 'a long enough passphrase' })
    expect(wrong.status).toBe(403)

    const made = await visitor.post('/api/setup', { token, name: 'Ann Admin', email: 'Ann@Example.org', password: 'a long enough passphrase' })
    expect(made.status).toBe(201)
    expect(made.body.user).toMatchObject({ name: 'Ann Admin', email: 'ann@example.org', isAdmin: true })
    expect(made.body.csrfToken).toEqual(expect.any(String))
    expect((await visitor.get('/api/session')).body.user.isAdmin).toBe(true)

    const again = await new ApiClient(server.url).post('/api/setup', { token, name: 'Eve', email: 'eve@example.org', password: 'a long enough passphrase' })
    expect(again.status).toBe(409)
    expect((await visitor.get('/api/setup')).body).toEqual({ needed: false })
  })

  it('is not printed when accounts exist', async () => {
    await createAccount(server.kinmap.store, { email: 'b@example.org', name: 'B B', password: 'a long enough passphrase' }, false)
    const restarted = await server.restart()
    server = restarted
    expect(restarted.announced).toEqual([])
  })
})

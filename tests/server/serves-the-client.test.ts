import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestKinmap, tempDataDir, type TestKinmap } from '../support/kinmap-server.js'
import { ApiClient } from '../support/http-client.js'

describe('the built client', () => {
  let server: TestKinmap
  let clientRoot: string
  const visitor = () => new ApiClient(server.url)

  beforeAll(async () => {
    clientRoot = tempDataDir()
    const clientDir = path.join(clientRoot, 'client')
    fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Kinmap</title>')
    fs.writeFileSync(path.join(clientDir, 'assets', 'app-1a2b3c.js'), 'console.log("kinmap")')
    server = await startTestKinmap({ clientDir })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(clientRoot, { recursive: true, force: true })
  })

  it('is served, with the page shell for any page address', async () => {
    for (const page of ['/', '/maps/abc', '/setup/a-one-time-token', '/sign-in?next=%2F']) {
      const response = await visitor().get(page)
      expect(response.status, page).toBe(200)
      expect(response.text).toContain('<title>Kinmap</title>')
      expect(response.headers.get('cache-control')).toBe('no-cache')
    }
  })

  it('caches fingerprinted assets for good', async () => {
    const response = await visitor().get('/assets/app-1a2b3c.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await visitor().get('/assets/missing.js')).status).toBe(404)
  })

  it('never answers an API or sync address with the page shell', async () => {
    for (const address of ['/api/nothing', '/api', '/sync/abc/shared']) {
      const response = await visitor().get(address)
      expect(response.status, address).toBe(404)
      expect(response.body).toEqual({ error: expect.any(String) })
    }
  })

  it('sends a strict content security policy and the other security headers', async () => {
    const { headers } = await visitor().get('/')
    const csp = headers.get('content-security-policy')!
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src 'self' ${server.kinmap.publicUrl.replace(/^http/, 'ws')}`,
      "frame-ancestors 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toContain('upgrade-insecure-requests') // http://localhost
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    expect(headers.get('strict-transport-security')).toBeNull()
  })

  it('answers /healthz once the store is open', async () => {
    expect((await visitor().get('/healthz')).body).toEqual({ status: 'ok' })
  })
})

import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, usesSecureCookies } from '../../server/config.js'

describe('configuration from the environment', () => {
  it('has safe defaults: this machine only, port 3000, ./data', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', logLevel: 'info', tldrawLicenseKey: null, publicUrl: null, secureCookies: null })
    expect(config.dataDir).toMatch(/\/data$/)
    expect(usesSecureCookies(config, 'http://localhost:3000')).toBe(false)
  })

  it('marks cookies Secure when the public address is https, unless told otherwise', () => {
    const config = loadConfig({ KINMAP_PUBLIC_URL: 'https://kinmap.example.org/' })
    expect(config.publicUrl).toBe('https://kinmap.example.org')
    expect(usesSecureCookies(config, config.publicUrl!)).toBe(true)
    expect(usesSecureCookies(loadConfig({ KINMAP_PUBLIC_URL: 'https://kinmap.example.org', KINMAP_SECURE_COOKIES: 'false' }), 'https://kinmap.example.org')).toBe(false)
  })

  it('names every bad value', () => {
    let error: unknown
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'chatty', KINMAP_PUBLIC_URL: 'ftp://x', KINMAP_SECURE_COOKIES: 'yes' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual([
      'PORT must be a whole number from 0 to 65535',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'KINMAP_PUBLIC_URL must be an http:// or https:// address',
      'KINMAP_SECURE_COOKIES must be true or false',
    ])
  })

  it('stops the server with exit code 1 and a clear message', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, PORT: 'three thousand' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Kinmap cannot start:\n  - PORT must be a whole number from 0 to 65535')
  })
})

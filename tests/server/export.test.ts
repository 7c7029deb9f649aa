import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoMap } from '../../server/maps/create-map.js'
import { readDocx } from '../support/docx-text.js'
import type { ApiClient } from '../support/http-client.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { participantOnMap } from '../support/participants.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { PROFESSIONAL_ONLY_WORDS } from '../support/export-fixture.js'

const run = promisify(execFile)

/** Exporting the demo Hale family map over HTTP and from the command line, on the real server. */
describe('exporting a map', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let stranger: SignedInStaff
  let family: ApiClient
  let familyInvitationId: string
  let mapId: string

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server, { name: 'Priya Shah' })
    stranger = await signedInStaff(server, { name: 'Bea Stander' })
    mapId = await createDemoMap(server.kinmap.store, (await server.kinmap.store.accounts.findById(owner.id))!)
    const participant = await participantOnMap(server, owner.client, mapId, 'Sophie Hale')
    family = participant.client
    familyInvitationId = participant.invitationId
  })
  afterAll(() => server.close())

  const exportOf = (client: ApiClient, query: string, id = mapId) => client.request('GET', `/api/maps/${id}/export?${query}`)
  const binary = async (query: string) => {
    const response = await fetch(`${server.url}/api/maps/${mapId}/export?${query}`, { headers: { cookie: owner.client.cookie! } })
    return { response, body: Buffer.from(await response.arrayBuffer()) }
  }

  it('downloads a Word document with its type and a safe file name, and records it in the audit trail', async () => {
    const { response, body } = await binary('format=docx&template=child-and-family-assessment&audience=professional')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ellie-and-jack-hale-child-and-family-assessment-\d{4}-\d{2}-\d{2}\.docx"$/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const docx = readDocx(body)
    expect(docx.outline).toContain('[Heading1] Sources of information')
    expect(docx.outline).toContain(PROFESSIONAL_ONLY_WORDS)
    const [event] = await server.kinmap.store.audit.list({ limit: 1, event: 'map-exported' })
    expect(event).toMatchObject({
      event: 'map-exported',
      actorUserId: owner.id,
      mapId,
      detail: { format: 'docx', templateId: 'child-and-family-assessment', audience: 'professional', source: 'api' },
    })
  })

  it.each([
    ['markdown', 'text/markdown; charset=utf-8', '.md'],
    ['html', 'text/html; charset=utf-8', '.html'],
    ['json', 'application/json; charset=utf-8', '.json'],
  ])('exports %s', async (format, type, extension) => {
    const response = await exportOf(owner.client, `format=${format}&template=conference-summary`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-disposition')).toContain(`conference-summary-`)
    expect(response.headers.get('content-disposition')).toContain(`${extension}"`)
    expect(response.text).toContain('Existing strengths')
  })

  it('answers 404 for a map that does not exist and for one the person is not on, alike', async () => {
    const unknown = await exportOf(owner.client, 'format=docx&template=family-copy', 'no-such-map')
    const notTheirs = await exportOf(stranger.client, 'format=docx&template=family-copy')
    expect(unknown.status).toBe(404)
    expect(notTheirs.status).toBe(404)
    expect(notTheirs.body.error).toBe(unknown.body.error)
  })

  it('answers 400 naming the valid formats and templates', async () => {
    const format = await exportOf(owner.client, 'format=pdf&template=family-copy')
    expect(format.status).toBe(400)
    expect(format.body.error).toContain('the formats are: docx, markdown, html, json')
    const template = await exportOf(owner.client, 'format=docx&template=s47-outcome')
    expect(template.status).toBe(400)
    expect(template.body.error).toContain('the templates are: child-and-family-assessment, conference-summary, family-copy, meeting-record, meeting-record-family')
    expect((await exportOf(owner.client, 'format=docx&template=family-copy&audience=professional')).status).toBe(400)
  })

  it('exports a meeting record, and answers 400 for a meeting the map does not have or an id that is not one', async () => {
    const record = await exportOf(owner.client, 'format=markdown&template=meeting-record')
    expect(record.status).toBe(200)
    expect(record.text).toContain('## Meeting record')
    const unknown = await exportOf(owner.client, 'format=markdown&template=meeting-record&meeting=no-such-meeting')
    expect(unknown.status).toBe(400)
    expect(unknown.body.error).toContain('This map has no meeting "no-such-meeting"')
    const malformed = await exportOf(owner.client, 'format=markdown&template=meeting-record&meeting=not%20an%20id')
    expect(malformed.status).toBe(400)
    expect(malformed.body.error).toContain('"not an id" is not a meeting id')
  })

  it('gives a family member the family copy on their own device, never the professional one', async () => {
    const copy = await exportOf(family, 'format=markdown&template=family-copy&audience=family')
    expect(copy.status).toBe(200)
    expect(copy.text).toContain('What we are worried about')
    expect(copy.text).not.toContain(PROFESSIONAL_ONLY_WORDS)
    const refused = await exportOf(family, 'format=markdown&template=child-and-family-assessment')
    expect(refused.status).toBe(403)
    const listed = await family.get('/api/export/templates')
    expect(listed.body.templates.map((template: { id: string }) => template.id)).toEqual(['family-copy', 'meeting-record-family'])
    const events = await server.kinmap.store.audit.list({ limit: 50 })
    expect(events).toContainEqual(expect.objectContaining({ event: 'map-exported', actorInvitationId: familyInvitationId, detail: expect.objectContaining({ audience: 'family' }) }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'access-refused', actorInvitationId: familyInvitationId, detail: { where: 'http', action: 'map:export' } }))
  })

  it('lists every template and format for staff', async () => {
    const { body } = await owner.client.get('/api/export/templates')
    expect(body.templates.map((template: { id: string; audience: string }) => `${template.id}:${template.audience}`)).toEqual([
      'child-and-family-assessment:professional',
      'conference-summary:professional',
      'family-copy:family',
      'meeting-record:professional',
      'meeting-record-family:family',
    ])
    expect(body.formats.map((format: { id: string }) => format.id)).toEqual(['docx', 'markdown', 'html', 'json'])
  })

  it('exports from the command line as a member of staff, through the policy, into the audit trail', async () => {
    const out = path.join(server.dataDir, 'assessment.docx')
    const env = { ...process.env, KINMAP_DATA_DIR: server.dataDir }
    const cli = (...args: string[]) => run('npx', ['tsx', 'server/export-cli.ts', ...args], { env, encoding: 'utf8' })
    const { stdout } = await cli(mapId, '--format', 'docx', '--template', 'child-and-family-assessment', '--as', owner.email, '--out', out)
    expect(stdout).toContain('Wrote')
    expect(readDocx(fs.readFileSync(out)).outline).toContain('[Heading1] The child')
    const events = await server.kinmap.store.audit.list({ limit: 20 })
    expect(events).toContainEqual(expect.objectContaining({ event: 'map-exported', actorUserId: owner.id, ip: null, detail: expect.objectContaining({ source: 'cli', format: 'docx' }) }))

    await expect(cli(mapId, '--format', 'docx', '--template', 'family-copy', '--as', stranger.email, '--out', out)).rejects.toMatchObject({ stderr: expect.stringContaining('no such map') })
    const refusals = await server.kinmap.store.audit.list({ limit: 20, event: 'access-refused' })
    expect(refusals).toContainEqual(expect.objectContaining({ actorUserId: stranger.id, mapId, detail: { where: 'cli', action: 'map:open' } }))
    await expect(cli(mapId, '--format', 'pdf', '--template', 'family-copy', '--as', owner.email)).rejects.toMatchObject({ stderr: expect.stringContaining('the formats are: docx') })
  }, 90_000)
})

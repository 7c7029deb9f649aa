import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportTemplateSummary } from '../../../shared/export.js'
import { exportLayer } from '../../policy.js'
import { BadExportRequest, chooseExport, produceExport, recordExport, roomsReader } from '../../export/export-map.js'
import type { ExportTemplate } from '../../export/templates.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { requireSignedIn } from '../signed-in.js'
import { mapAllowing } from '../allowed.js'

const ExportQuery = z.object({
  format: z.string().max(40).optional(),
  template: z.string().max(80).optional(),
  audience: z.string().max(40).optional(),
  meeting: z.string().max(80).optional(),
})

const REFUSALS = {
  professional: 'The professional copy holds what is for professionals only; you can export the family copy.',
  family: 'You cannot export this map.',
}

const summary = (template: ExportTemplate): ExportTemplateSummary => ({
  id: template.id,
  name: template.name,
  description: template.description ?? null,
  audience: template.audience,
  sections: template.sections.map((section) => ({ id: section.id, heading: section.heading ?? null })),
})

/**
 * Exporting a map to a file on the server (docx, Markdown, HTML, JSON) from a template, and the
 * list of templates. The family's own devices see and download the family's templates only.
 */
export function exportRoutes(app: FastifyInstance, context: AppContext): void {
  const reader = roomsReader(context.rooms)

  app.get('/api/export/templates', async (request) => {
    const { actor } = requireSignedIn(request)
    const templates = context.exportTemplates.all.filter((template) => actor.kind === 'staff' || template.audience === 'family')
    return { templates: templates.map(summary), formats: EXPORT_FORMATS.map((id) => ({ id, name: EXPORT_FORMAT_NAMES[id] })) }
  })

  app.get('/api/maps/:mapId/export', async (request, reply) => {
    const { actor } = requireSignedIn(request)
    // A map they may not open is a 404, the same as one that does not exist.
    await mapAllowing(context, actor, request.params, 'map:open', '')
    const asked = parseInput(ExportQuery, request.query ?? {}, 'address')
    let choice
    try {
      choice = chooseExport(context.exportTemplates, asked)
    } catch (error) {
      if (error instanceof BadExportRequest) throw new HttpError(400, error.message)
      throw error
    }
    const map = await mapAllowing(context, actor, request.params, 'map:export', REFUSALS[choice.audience], exportLayer(choice.audience))
    let file
    try {
      file = await produceExport(reader, context.store, map.id, choice)
    } catch (error) {
      if (error instanceof BadExportRequest) throw new HttpError(400, error.message)
      throw error
    }
    await recordExport(context.store, actor, map.id, choice, { source: 'api', ip: request.ip })
    context.log.info({ mapId: map.id, actorId: actor.id, format: choice.format, templateId: choice.template.id, audience: choice.audience, unreadable: file.unreadable }, 'map exported')
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .header('x-kinmap-unreadable', String(file.unreadable))
      .send(file.body)
  })
}

import { z } from 'zod'
import { Audience } from './audience.js'

/**
 * What crosses the wire about exports: the formats Kinmap writes and the templates the server
 * offers. The server's `server/export/` does the exporting; the browser only asks and downloads.
 */
export const EXPORT_FORMATS = ['docx', 'markdown', 'html', 'json'] as const
export const ExportFormat = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormat>

export const EXPORT_FORMAT_NAMES: Record<ExportFormat, string> = {
  docx: 'Word document (.docx)',
  markdown: 'Markdown (.md)',
  html: 'Web page to print (.html)',
  json: 'JSON for a case record system (.json)',
}

/** A template as `GET /api/export/templates` lists it. */
export const ExportTemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  audience: Audience,
  sections: z.array(z.object({ id: z.string(), heading: z.string().nullable() })),
})
export type ExportTemplateSummary = z.infer<typeof ExportTemplateSummary>

/** The address of one export: what the browser downloads and what the CLI mirrors. */
export const exportPath = (mapId: string, choice: { format: ExportFormat; template: string; audience: Audience }) =>
  `/api/maps/${encodeURIComponent(mapId)}/export?${new URLSearchParams({ format: choice.format, template: choice.template, audience: choice.audience })}`

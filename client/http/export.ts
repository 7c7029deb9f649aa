import { z } from 'zod'
import { ExportFormat, ExportTemplateSummary, exportPath, type ExportFormat as Format } from '../../shared/export'
import type { Audience } from '../../shared/audience'
import { ApiError, request } from './request'

const Offered = z.object({ templates: z.array(ExportTemplateSummary), formats: z.array(z.object({ id: ExportFormat, name: z.string() })) })
export type ExportOffer = z.infer<typeof Offered>

/** The templates and formats this person may export (a family member's device: the family's only). */
export const getExportOffer = () => request('GET', '/api/export/templates', { schema: Offered })

export interface ExportedFile {
  blob: Blob
  fileName: string
}

/**
 * One export, fetched rather than followed as a link, so a refusal reads as a message on the page
 * instead of downloading the error. The server names the file.
 */
export async function fetchExport(mapId: string, choice: { format: Format; template: string; audience: Audience }): Promise<ExportedFile> {
  let response: Response
  try {
    response = await fetch(exportPath(mapId, choice), { credentials: 'same-origin' })
  } catch {
    throw new ApiError('Kinmap could not reach the server. Check your connection and try again.', 0)
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null
    throw new ApiError(body?.error ?? 'The export could not be made. Please try again.', response.status)
  }
  const disposition = response.headers.get('content-disposition') ?? ''
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `kinmap-export.${choice.format}`
  return { blob: await response.blob(), fileName }
}

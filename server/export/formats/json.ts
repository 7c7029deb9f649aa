import { Buffer } from 'node:buffer'
import { z } from 'zod'
import { Audience } from '../../../shared/audience.js'
import { Framework } from '../../../shared/framework.js'
import { madePictures, type MadePicture } from '../pictures/pictures.js'
import { blocksText, MARKS, type ImageBlock, type Report, type ReportBlock } from '../report.js'

/**
 * The JSON export: a documented, versioned schema (docs/EXPORT-JSON.md) for case record systems to
 * import. It is the report itself: the template's sections by id, each as structured blocks and as
 * plain text. `schemaVersion` changes only when a change would break an importer; fields are only
 * ever added within a version.
 */
export const EXPORT_JSON_FORMAT = 'kinmap-export'
export const EXPORT_JSON_VERSION = 1

const Inline = z.union([z.object({ text: z.string(), marks: z.array(z.enum(MARKS)).optional() }).strict(), z.object({ break: z.literal(true) }).strict()])

type JsonBlock =
  | { type: 'heading'; level: 3 | 4; text: string }
  | { type: 'paragraph'; content: z.infer<typeof Inline>[] }
  | { type: 'note'; text: string }
  | { type: 'list'; ordered: boolean; items: JsonBlock[][] }
  | { type: 'quote'; content: JsonBlock[] }
  | { type: 'table'; columns: string[]; rows: JsonBlock[][][] }
  | { type: 'image'; mediaType: 'image/png'; base64: string; width: number; height: number; alt: string }
  | { type: 'rule' }

export const JsonBlock: z.ZodType<JsonBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('heading'), level: z.union([z.literal(3), z.literal(4)]), text: z.string() }).strict(),
    z.object({ type: z.literal('paragraph'), content: z.array(Inline) }).strict(),
    z.object({ type: z.literal('note'), text: z.string() }).strict(),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(JsonBlock)) }).strict(),
    z.object({ type: z.literal('quote'), content: z.array(JsonBlock) }).strict(),
    z.object({ type: z.literal('table'), columns: z.array(z.string()), rows: z.array(z.array(z.array(JsonBlock))) }).strict(),
    z
      .object({ type: z.literal('image'), mediaType: z.literal('image/png'), base64: z.base64(), width: z.number().int().positive(), height: z.number().int().positive(), alt: z.string() })
      .strict(),
    z.object({ type: z.literal('rule') }).strict(),
  ]),
)

export const ExportJson = z
  .object({
    format: z.literal(EXPORT_JSON_FORMAT),
    schemaVersion: z.literal(EXPORT_JSON_VERSION),
    generatedAt: z.iso.datetime(),
    audience: Audience,
    template: z.object({ id: z.string(), name: z.string() }).strict(),
    map: z.object({ id: z.string(), title: z.string(), framework: Framework, about: z.array(z.string()) }).strict(),
    notice: z.string(),
    sections: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string(), blocks: z.array(JsonBlock) }).strict()),
    unreadable: z.array(z.string()),
  })
  .strict()
export type ExportJson = z.infer<typeof ExportJson>

export function toExportJson(report: Report, pictures: ReadonlyMap<ImageBlock, MadePicture>): ExportJson {
  const jsonBlock = (block: ReportBlock): JsonBlock => {
    switch (block.type) {
      case 'list':
        return { ...block, items: block.items.map((item) => item.map(jsonBlock)) }
      case 'quote':
        return { ...block, content: block.content.map(jsonBlock) }
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map((cell) => cell.map(jsonBlock))) }
      case 'image': {
        const picture = pictures.get(block)!
        return { type: 'image', mediaType: 'image/png', base64: Buffer.from(picture.png).toString('base64'), width: picture.width, height: picture.height, alt: block.alt }
      }
      default:
        return block
    }
  }
  return {
    format: EXPORT_JSON_FORMAT,
    schemaVersion: EXPORT_JSON_VERSION,
    generatedAt: report.generatedAt,
    audience: report.audience,
    template: report.template,
    map: { id: report.mapId, title: report.title, framework: report.framework, about: report.about },
    notice: report.notice,
    sections: report.sections.map((section) => ({ id: section.id, heading: section.heading, text: blocksText(section.blocks), blocks: section.blocks.map(jsonBlock) })),
    unreadable: report.unreadable,
  }
}

export const renderJson = async (report: Report): Promise<string> => `${JSON.stringify(toExportJson(report, await madePictures(report)), null, 2)}\n`

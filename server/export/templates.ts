import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { Audience } from '../../shared/audience.js'
import { BLOCK_IDS, type BlockId } from './blocks/index.js'

/**
 * Export templates are data: JSON files mapping a document's sections to the map's content blocks.
 * Kinmap ships its own (`templates/`); a council adds its forms' mappings in a folder of its own
 * (KINMAP_EXPORT_TEMPLATES_DIR), with no code. Every file is validated at load; a bad one stops
 * Kinmap with the file and the path of the bad field, never half-loads.
 */

const BlockIdSchema = z.string().refine((id): id is BlockId => (BLOCK_IDS as string[]).includes(id), {
  error: (issue) => `"${String(issue.input)}" is not a block Kinmap knows (the blocks are: ${BLOCK_IDS.join(', ')})`,
})

/** A block by its id, or with a subheading: `true` for the block's own title, or words of the template's. */
const BlockRef = z.preprocess(
  (value) => (typeof value === 'string' ? { block: value } : value),
  z
    .object({
      block: BlockIdSchema,
      subheading: z.union([z.literal(true), z.string().trim().min(1).max(200)]).optional(),
    })
    .strict(),
)
export type BlockRef = z.infer<typeof BlockRef>

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit')

const TemplateSection = z
  .object({
    /** What a case record system maps to its own field ("s5-childs-voice"). */
    id: Slug,
    /** The section's heading; when left out, the title of its first block (a domain's name in the map's framework). */
    heading: z.string().trim().min(1).max(200).optional(),
    /** Guidance printed under the heading, as the council's form words it. */
    intro: z.string().trim().max(2000).optional(),
    blocks: z.array(BlockRef).min(1).max(40),
  })
  .strict()

export const ExportTemplate = z
  .object({
    id: Slug,
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(500).optional(),
    /** Who the document is for; it reads only the layers that audience may open. */
    audience: Audience,
    sections: z.array(TemplateSection).min(1).max(60),
  })
  .strict()
  .superRefine((template, context) => {
    const seen = new Set<string>()
    template.sections.forEach((section, index) => {
      if (seen.has(section.id)) context.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `"${section.id}" is used by another section` })
      seen.add(section.id)
    })
  })
export type ExportTemplate = z.infer<typeof ExportTemplate>

export class TemplateError extends Error {}

/** "sections[2].blocks[0].block" */
export const pathInWords = (issuePath: readonly PropertyKey[]) =>
  issuePath.reduce<string>((words, key) => (typeof key === 'number' ? `${words}[${key}]` : words ? `${words}.${String(key)}` : String(key)), '')

/** Validates one template; the error names the file and the path of each bad field. */
export function parseTemplate(value: unknown, file: string): ExportTemplate {
  const parsed = ExportTemplate.safeParse(value)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${pathInWords(issue.path) || '(the whole template)'}: ${issue.message}`)
  throw new TemplateError(`The export template ${file} is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
}

export const BUILT_IN_TEMPLATES_DIR = fileURLToPath(new URL('./templates', import.meta.url))
/** The shipped templates, in the order people are offered them. */
const BUILT_IN_ORDER = ['child-and-family-assessment', 'conference-summary', 'family-copy', 'meeting-record', 'meeting-record-family']

export interface TemplateSet {
  /** Every template, Kinmap's first, then the council's by name. */
  readonly all: readonly ExportTemplate[]
  find(id: string): ExportTemplate | undefined
}

function readDir(dir: string): ExportTemplate[] {
  let files: string[]
  try {
    files = fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort()
  } catch (error) {
    throw new TemplateError(`The export templates folder ${dir} cannot be read: ${(error as Error).message}`)
  }
  return files.map((file) => {
    const where = path.join(dir, file)
    let value: unknown
    try {
      value = JSON.parse(fs.readFileSync(where, 'utf8'))
    } catch (error) {
      throw new TemplateError(`The export template ${where} is not valid JSON: ${(error as Error).message}`)
    }
    return parseTemplate(value, where)
  })
}

/** Kinmap's templates and, when given, a council's folder of its own; template ids must not repeat. */
export function loadTemplates(councilDir: string | null = null): TemplateSet {
  const builtIn = readDir(BUILT_IN_TEMPLATES_DIR).sort((a, b) => BUILT_IN_ORDER.indexOf(a.id) - BUILT_IN_ORDER.indexOf(b.id))
  const council = councilDir ? readDir(councilDir).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) : []
  const byId = new Map<string, ExportTemplate>()
  for (const template of [...builtIn, ...council]) {
    if (byId.has(template.id)) throw new TemplateError(`Two export templates have the id "${template.id}"; each needs its own.`)
    byId.set(template.id, template)
  }
  const all = [...byId.values()]
  return { all, find: (id) => byId.get(id) }
}

import { FRAMEWORK_NAMES } from '../../shared/framework.js'
import { BLOCKS } from './blocks/index.js'
import type { ExportSource } from './read-map.js'
import { heading, list, note, paragraph, type Report, type ReportBlock, type ReportSection } from './report.js'
import type { ExportTemplate } from './templates.js'

const NOTICES = {
  professional: 'For professionals. It holds information that is for professionals only: check it before sharing any of it with the family.',
  family: 'For the family and their network. It holds only what the family and network can see on the map.',
}

/** A template filled from a map: pure, so every format says the same thing. */
export function buildReport(source: ExportSource, template: ExportTemplate): Report {
  if (template.audience !== source.audience) throw new Error(`the ${template.id} template is for the ${template.audience} audience`)
  const sections: ReportSection[] = template.sections.map((section) => {
    const blocks: ReportBlock[] = section.intro ? [paragraph(section.intro)] : []
    for (const ref of section.blocks) {
      const block = BLOCKS[ref.block]
      const content = block.render(source)
      if (ref.subheading === undefined) {
        blocks.push(...content)
        continue
      }
      blocks.push(heading(ref.subheading === true ? block.title(source) : ref.subheading, 3))
      // Under a subheading, a block's own headings go one level down, so the outline never skips one.
      blocks.push(...content.map((inner) => (inner.type === 'heading' ? heading(inner.text, 4) : inner)))
    }
    return { id: section.id, heading: section.heading ?? BLOCKS[section.blocks[0].block].title(source), blocks }
  })
  if (source.unreadable.length > 0) sections.push(couldNotBeRead(source.unreadable))
  const people = source.map.people
  return {
    mapId: source.mapId,
    title: source.title,
    about: (source.map.settings?.childIds ?? []).flatMap((id) => people.find((person) => person.id === id)?.name ?? []),
    notice: NOTICES[source.audience],
    framework: source.framework,
    audience: source.audience,
    template: { id: template.id, name: template.name },
    generatedAt: source.now.toISOString(),
    sections,
    unreadable: source.unreadable,
  }
}

/** What the export could not read: said, with each item's id, so nobody takes a gap for "nothing". */
function couldNotBeRead(ids: string[]): ReportSection {
  return {
    id: 'could-not-be-read',
    heading: 'Could not be read',
    blocks: [
      note(
        `${ids.length === 1 ? 'One item' : `${ids.length} items`} on the map could not be read, so ${ids.length === 1 ? 'it is' : 'they are'} missing from this document. Everything else is here. Tell your Kinmap administrator, with these ids:`,
      ),
      list(ids.map((id) => [paragraph(id)])),
    ],
  }
}

/** "Signs of Safety" for a cover line. */
export const frameworkName = (report: Report) => FRAMEWORK_NAMES[report.framework]

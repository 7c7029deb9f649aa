import { FRAMEWORK_NAMES } from '../../../shared/framework.js'
import { formatLondonDateTime } from '../../../shared/london-time.js'
import { listInWords } from '../../../shared/model/pair-sentences.js'
import type { Inline, Mark, Report } from '../report.js'

/** The lines under a document's title, the same in every format. */
export function coverLines(report: Report): Array<{ label: string; value: string }> {
  return [
    { label: 'Map', value: report.title },
    ...(report.about.length > 0 ? [{ label: 'About', value: listInWords(report.about) }] : []),
    ...(report.audience === 'professional' ? [{ label: 'Framework', value: FRAMEWORK_NAMES[report.framework] }] : []),
    { label: 'Made', value: `${formatLondonDateTime(report.generatedAt)} (UK time), from Kinmap` },
  ]
}

/** The document's title: the template's name. */
export const documentTitle = (report: Report) => report.template.name

/** Adjacent runs with the same marks, joined: a format never opens and closes a mark between two letters. */
export function mergedRuns(content: readonly Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const part of content) {
    const last = merged.at(-1)
    if (last && !('break' in last) && !('break' in part) && sameMarks(last.marks, part.marks)) {
      merged[merged.length - 1] = { ...last, text: last.text + part.text }
    } else merged.push(part)
  }
  return merged.filter((part) => 'break' in part || part.text !== '')
}

const sameMarks = (a: readonly Mark[] = [], b: readonly Mark[] = []) => a.length === b.length && a.every((mark) => b.includes(mark))

/** A file name with nothing a file system or a header could trip on: "ellie-and-jack-hale-family-copy-2026-11-02.docx". */
export function fileName(report: Report, extension: string): string {
  const slug = (value: string) =>
    value
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '')
  const day = formatLondonDateTime(report.generatedAt).slice(0, 10).split('/').reverse().join('-')
  return `${[slug(report.title), report.template.id, day].filter(Boolean).join('-')}.${extension}`
}

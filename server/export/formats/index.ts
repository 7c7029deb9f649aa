import { EXPORT_FORMATS, type ExportFormat as FormatId } from '../../../shared/export.js'
import type { Report } from '../report.js'
import { renderDocx } from './docx.js'
import { renderHtml } from './html.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'

/** One adapter per format: a pure function of the report, and how the file is served. */
export interface ExportFormat {
  name: string
  contentType: string
  extension: string
  render(report: Report): Promise<Buffer | string> | Buffer | string
}

export const FORMATS = {
  docx: {
    name: 'Word document',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    render: renderDocx,
  },
  markdown: { name: 'Markdown', contentType: 'text/markdown; charset=utf-8', extension: 'md', render: renderMarkdown },
  html: { name: 'Web page (prints well)', contentType: 'text/html; charset=utf-8', extension: 'html', render: renderHtml },
  json: { name: 'JSON (for case record systems)', contentType: 'application/json; charset=utf-8', extension: 'json', render: renderJson },
} satisfies Record<FormatId, ExportFormat>

export type { FormatId }
export const FORMAT_IDS = EXPORT_FORMATS
export const isFormatId = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value)

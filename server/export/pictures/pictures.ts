import type { ImageBlock, Report, ReportBlock } from '../report.js'
import { svgToPng } from './png.js'

/** A picture as a format places it: its size on the page in CSS pixels, and its PNG. */
export interface Picture {
  alt: string
  width: number
  height: number
  png: Promise<Uint8Array>
}

/** The widest a picture is shown: the text width of an A4 page with 2 cm margins, at 96 pixels to the inch. */
const PAGE_WIDTH = 640
/** PNG pixels per CSS pixel, so a picture is sharp in print. */
const DENSITY = 2

/**
 * Every picture in a report, drawn now and turned into PNG off the main thread: a format starts
 * this first and writes its text while the PNGs are made.
 */
export function picturesOf(report: Report): Map<ImageBlock, Picture> {
  const pictures = new Map<ImageBlock, Picture>()
  const visit = (block: ReportBlock): void => {
    switch (block.type) {
      case 'image': {
        const drawing = block.draw()
        const width = Math.min(drawing.width, PAGE_WIDTH)
        const png = svgToPng(drawing.svg, width * DENSITY)
        // Awaited by the format; this only keeps a failure from going unhandled if the format stops first.
        png.catch(() => undefined)
        pictures.set(block, { alt: block.alt, width: Math.round(width), height: Math.round((drawing.height * width) / drawing.width), png })
        break
      }
      case 'list':
        block.items.forEach((item) => item.forEach(visit))
        break
      case 'quote':
        block.content.forEach(visit)
        break
      case 'table':
        block.rows.forEach((row) => row.forEach((cell) => cell.forEach(visit)))
        break
    }
  }
  for (const section of report.sections) section.blocks.forEach(visit)
  return pictures
}

export type MadePicture = Omit<Picture, 'png'> & { png: Uint8Array }

/** The pictures with their PNGs made: for formats that write everything in one go. */
export async function madePictures(report: Report): Promise<Map<ImageBlock, MadePicture>> {
  const pictures = picturesOf(report)
  return new Map(await Promise.all([...pictures].map(async ([block, picture]) => [block, { ...picture, png: await picture.png }] as const)))
}

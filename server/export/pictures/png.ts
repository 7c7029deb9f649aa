import { renderAsync } from '@resvg/resvg-js'
import { fontFilesIfMade, PICTURE_FONT_FAMILY, pictureFontFiles } from './fonts.js'

/**
 * An SVG drawing as a PNG `width` pixels wide. resvg lays it out and draws it on a worker thread,
 * so the server keeps answering meanwhile; once the fonts are made it starts at once, so a format
 * writes its text while the picture is drawn. Only the bundled fonts are used, never the machine's.
 * resvg's own log is off: a warning could quote a person's name.
 */
export function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  const draw = async (fontFiles: string[]) => {
    const image = await renderAsync(svg, {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PICTURE_FONT_FAMILY, sansSerifFamily: PICTURE_FONT_FAMILY },
      fitTo: { mode: 'width', value: Math.round(width) },
      logLevel: 'off',
    })
    return image.asPng()
  }
  const fonts = fontFilesIfMade()
  return fonts ? draw(fonts) : pictureFontFiles().then(draw)
}

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import decompress from 'wawoff2/decompress.js'

/**
 * The fonts pictures are drawn with: IBM Plex Sans, the files the client serves with the canvas
 * (@tldraw/assets), so a genogram reads the same in every export on every server whatever fonts
 * the machine has. They ship as WOFF2, which resvg cannot read, so they are decompressed to
 * TrueType once per server and kept in a folder named by their contents.
 */
export const PICTURE_FONT_FAMILY = 'IBM Plex Sans'

/** tldraw's sans-serif: its "regular" is Medium; names drawn at weight 600 take Bold. */
const FACES = ['IBMPlexSans-Medium', 'IBMPlexSans-Bold']
const assets = path.dirname(createRequire(import.meta.url).resolve('@tldraw/assets/package.json'))

let made: string[] | null = null
let making: Promise<string[]> | null = null

/** The TrueType files if this process has made them and they are still there, else null. */
export function fontFilesIfMade(): string[] | null {
  return made?.every((file) => fs.existsSync(file)) ? made : null
}

/** The TrueType files, made the first time they are asked for, and again if they have gone. */
export function pictureFontFiles(): Promise<string[]> {
  const ready = fontFilesIfMade()
  if (ready) return Promise.resolve(ready)
  making ??= decompressed().then(
    (files) => {
      made = files
      making = null
      return files
    },
    (error: unknown) => {
      making = null
      throw error
    },
  )
  return making
}

async function decompressed(): Promise<string[]> {
  const sources = FACES.map((face) => fs.readFileSync(path.join(assets, 'fonts', `${face}.woff2`)))
  const hash = createHash('sha256')
  for (const source of sources) hash.update(source)
  const dir = path.join(os.tmpdir(), `kinmap-fonts-${hash.digest('hex').slice(0, 16)}`)
  fs.mkdirSync(dir, { recursive: true })
  const files: string[] = []
  // One face at a time: the decoder answers with a view of its own memory, which its next call reuses.
  for (const [at, face] of FACES.entries()) {
    const file = path.join(dir, `${face}.ttf`)
    if (!fs.existsSync(file)) {
      const ttf = Buffer.from(await decompress(sources[at]))
      // Written under a name of its own, then renamed: another server process may be writing the same file.
      const part = `${file}.${process.pid}.part`
      fs.writeFileSync(part, ttf)
      fs.renameSync(part, file)
    }
    files.push(file)
  }
  return files
}

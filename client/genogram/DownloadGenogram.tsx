import { genogramSvg } from '../../shared/genogram/svg'
import { useGenogramOnCanvas } from './genogram-context'
import { genogramFileName } from './genogramFileName'

/**
 * Saves the genogram as an SVG file, drawn as the export draws it. In the family audience the file
 * holds nothing from the professionals' layer: the screen never had it.
 */
export function DownloadGenogram() {
  const { genogram, audience, childIds, title } = useGenogramOnCanvas()

  function download() {
    const svg = genogramSvg(genogram, { audience, childIds, title: `Genogram: ${title}` })
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
    const link = document.createElement('a')
    link.href = url
    link.download = genogramFileName(title)
    document.body.append(link)
    link.click()
    link.remove()
    // The download has its own copy once it starts; the address can go after this turn.
    setTimeout(() => URL.revokeObjectURL(url))
  }

  return (
    <button type="button" className="button" onClick={download}>
      Download SVG
    </button>
  )
}

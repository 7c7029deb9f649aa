import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Audience } from '../../shared/audience'
import type { ExportFormat } from '../../shared/export'
import { ErrorMessage } from '../app/ErrorMessage'
import { fetchExport, getExportOffer, type ExportOffer } from '../http/export'
import { PanelHeading } from '../map/PanelHeading'
import './export.css'

interface ExportPanelProps {
  mapId: string
  /** Who the screen shows the map to: in the family audience only the family's templates are offered. */
  audience: Audience
  onClose(): void
}

const AUDIENCE_WORDS: Record<Audience, string> = {
  professional: 'For professionals: includes what is for professionals only',
  family: 'For the family and their network: nothing that is for professionals only',
}

/**
 * Exporting the map: choose a template (each says who it is for) and a format, then download it,
 * or print it from here in one click. The server makes the file; every export is audited.
 */
export function ExportPanel({ mapId, audience, onClose }: ExportPanelProps) {
  const [offer, setOffer] = useState<ExportOffer | null>(null)
  const [template, setTemplate] = useState<string>('')
  const [format, setFormat] = useState<ExportFormat>('docx')
  const [busy, setBusy] = useState<'download' | 'print' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const printFrame = useRef<HTMLIFrameElement>(null)

  useEffect(() => {
    let current = true
    getExportOffer().then(
      (offered) => {
        if (!current) return
        setOffer(offered)
        setTemplate((chosen) => chosen || offered.templates.find((each) => audience === 'professional' || each.audience === 'family')?.id || '')
      },
      (failure: Error) => current && setProblem(failure.message),
    )
    return () => {
      current = false
    }
  }, [audience])

  const templates = (offer?.templates ?? []).filter((each) => audience === 'professional' || each.audience === 'family')
  const chosen = templates.find((each) => each.id === template) ?? null

  async function download(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return
    await run('download', async () => {
      const file = await fetchExport(mapId, { format, template: chosen.id, audience: chosen.audience })
      const url = URL.createObjectURL(file.blob)
      const link = document.createElement('a')
      link.href = url
      link.download = file.fileName
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setDone(`Downloaded ${file.fileName}.`)
    })
  }

  /** The printable page in a hidden frame, printed from this page: one click to the browser's print. */
  async function print() {
    if (!chosen) return
    await run('print', async () => {
      const file = await fetchExport(mapId, { format: 'html', template: chosen.id, audience: chosen.audience })
      const frame = printFrame.current
      if (!frame) return
      frame.onload = () => {
        frame.contentWindow?.focus()
        frame.contentWindow?.print()
      }
      frame.srcdoc = await file.blob.text()
      setDone('Opened the print dialogue.')
    })
  }

  async function run(what: 'download' | 'print', action: () => Promise<void>) {
    setProblem(null)
    setDone(null)
    setBusy(what)
    try {
      await action()
    } catch (failure) {
      setProblem((failure as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="export-panel">
      <PanelHeading title="Export" onClose={onClose} />
      <p className="export-panel__intro">Make a document from the map as it is now. The export is recorded in the audit trail.</p>
      <ErrorMessage message={problem} />
      {!offer && !problem && <p role="status">Loading the templates…</p>}
      {offer && (
        <form onSubmit={download} className="export-panel__form">
          <fieldset>
            <legend>Template</legend>
            {templates.map((each) => (
              <label key={each.id} className="export-panel__choice">
                <input type="radio" name="export-template" value={each.id} checked={template === each.id} onChange={() => setTemplate(each.id)} />
                <span>
                  <span className="export-panel__name">{each.name}</span>
                  <span className="export-panel__audience">{AUDIENCE_WORDS[each.audience]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Format</legend>
            {offer.formats.map((each) => (
              <label key={each.id} className="export-panel__choice">
                <input type="radio" name="export-format" value={each.id} checked={format === each.id} onChange={() => setFormat(each.id)} />
                <span>{each.name}</span>
              </label>
            ))}
          </fieldset>
          <div className="export-panel__actions">
            <button type="submit" className="button button--primary" disabled={!chosen || busy !== null}>
              {busy === 'download' ? 'Making the file…' : 'Download'}
            </button>
            <button type="button" className="button" disabled={!chosen || busy !== null} onClick={() => void print()}>
              {busy === 'print' ? 'Preparing…' : 'Print'}
            </button>
            {/* Beside the buttons, so what happened shows where the person is looking. */}
            <p role="status" className="export-panel__done">
              {done}
            </p>
          </div>
        </form>
      )}
      <iframe ref={printFrame} className="export-panel__print-frame" title="The document to print" tabIndex={-1} aria-hidden="true" />
    </section>
  )
}

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useMapCommand } from '../http/useMapCommand'
import { ErrorMessage } from '../app/ErrorMessage'

/** Renames the map through the server; the new title arrives for everyone through the record layer. */
export function RenameMap({ mapId, title, mayRename }: { mapId: string; title: string; mayRename: boolean }) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(title)
  const { busy, error, setError, send } = useMapCommand(mapId)
  const input = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)

  useEffect(() => {
    if (editing) input.current?.select()
    else if (wasEditing.current) opener.current?.focus()
    wasEditing.current = editing
  }, [editing])

  if (!mayRename) return null

  function open() {
    setDraft(title)
    setError(null)
    setEditing(true)
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const next = draft.trim()
    if (!next) return setError('A map needs a title.')
    if (next === title) return setEditing(false)
    if (await send({ type: 'rename-map', title: next })) setEditing(false)
  }

  if (!editing) {
    return (
      <button type="button" ref={opener} className="button button--quiet" onClick={open}>
        Rename<span className="visually-hidden"> map</span>
      </button>
    )
  }

  return (
    <form className="rename-map" onSubmit={handleSubmit} onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}>
      <label htmlFor="rename-map-title" className="visually-hidden">
        New title for the map
      </label>
      <input
        id="rename-map-title"
        ref={input}
        maxLength={200}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        Save title
      </button>
      <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
        Cancel
      </button>
      <ErrorMessage message={error} />
    </form>
  )
}

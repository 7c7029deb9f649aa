import { useEffect, useRef, useState } from 'react'
import type { Domain } from '../../shared/framework'
import { clearNoneIdentified, markNoneIdentified, type NoneIdentified } from '../../shared/model'
import { formatLondonDateTime } from '../../shared/london-time'
import { useColumns } from './columnsContext'

interface NoneIdentifiedMarkProps {
  domain: Domain
  label: string
  mark: NoneIdentified | null
  hasCards: boolean
}

/** "None identified" is a valid answer for an empty domain (DOMAIN.md); say who gave it and when. */
export function NoneIdentifiedMark({ domain, label, mark, hasCards }: NoneIdentifiedMarkProps) {
  const { docs, user, memberNames, mayEdit } = useColumns()
  const editable = mayEdit('shared')
  // Marking or unmarking replaces the control that was used, so the keyboard follows to its successor.
  const [moveFocus, setMoveFocus] = useState(false)
  const successor = useRef<HTMLElement | null>(null)
  const setSuccessor = (element: HTMLElement | null) => {
    successor.current = element
  }
  useEffect(() => {
    if (!moveFocus) return
    successor.current?.focus()
    setMoveFocus(false)
  }, [moveFocus, mark])

  if (mark) {
    const by = mark.by === user.id ? 'you' : (memberNames.get(mark.by) ?? 'a member of staff')
    return (
      <div className="none-identified">
        <p tabIndex={-1} ref={setSuccessor}>
          <strong>None identified</strong>{' '}
          <span className="none-identified__by">
            (marked by {by} on {formatLondonDateTime(mark.at)})
          </span>
        </p>
        {editable && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setMoveFocus(true)
              clearNoneIdentified(docs.shared, domain)
            }}
          >
            Remove “None identified”<span className="visually-hidden"> from {label}</span>
          </button>
        )}
      </div>
    )
  }

  if (hasCards) return null
  return (
    <div className="none-identified none-identified--empty">
      <p>No cards yet.</p>
      {editable && (
        <button
          type="button"
          ref={setSuccessor}
          className="button button--quiet"
          onClick={() => {
            setMoveFocus(true)
            markNoneIdentified(docs.shared, domain, user.id)
          }}
        >
          Mark none identified<span className="visually-hidden"> in {label}</span>
        </button>
      )}
    </div>
  )
}

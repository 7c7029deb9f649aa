import type { ReactNode } from 'react'
import { ErrorMessage } from '../app/ErrorMessage'
import { useAnalysisView } from './analysisContext'

export interface PairListItem {
  key: string
  text: string
  /** It points at something no longer on the map: it keeps its place until someone removes it. */
  gone?: boolean
  /** The Remove button's full name for a screen reader. */
  removeName: string
  onRemove(): void
}

interface PairListProps {
  id: string
  label: string
  emptyText: string
  items: PairListItem[]
  /** People read as chips; cards as quotes. */
  look: 'chips' | 'quotes'
  /** The controls for adding, shown to people who may edit. */
  adder: ReactNode
  error: string | null
  children?: ReactNode
}

/** A list in a pair (who is worried, the safety network, what it rests on): items, Remove, Add. */
export function PairList({ id, label, emptyText, items, look, adder, error, children }: PairListProps) {
  const { mayEdit } = useAnalysisView()
  return (
    <div className="analysis-part" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="analysis-part__label">
        {label}
      </span>
      {items.length === 0 ? (
        <p className="analysis-part__empty">{emptyText}</p>
      ) : (
        <ul className={look === 'chips' ? 'people-chips' : 'rests-on'} role="list">
          {items.map((item) => (
            <li key={item.key} className={look === 'chips' ? 'people-chip' : 'rests-on__card'}>
              {look === 'chips' ? item.text : <span className={item.gone ? 'rests-on__gone' : undefined}>{item.text}</span>}
              {mayEdit && (
                <button type="button" className={look === 'chips' ? 'people-chip__remove' : 'button'} aria-label={item.removeName} onClick={item.onRemove}>
                  {look === 'chips' ? <span aria-hidden="true">×</span> : 'Remove'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit && <div className="analysis-part__add">{adder}</div>}
      <ErrorMessage message={error} />
      {children}
    </div>
  )
}

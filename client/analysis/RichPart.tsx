import { useCallback, useLayoutEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { Badge } from '../../shared/coach'
import { CardTextEditor } from '../cards/CardTextEditor'
import { CardTextPreview } from '../cards/CardTextPreview'
import { useAnalysisView } from './analysisContext'
import { useAnalysisFocus } from './focusRequests'
import { Suggestions } from './Suggestions'

interface RichPartProps {
  /** Unique on the page: the focus request and element ids use it. */
  id: string
  label: string
  /** Says which pair or step, for the text box's name: "Danger statement 1". */
  context: string
  fragment: Y.XmlFragment | undefined
  badges: readonly Badge[]
}

/**
 * One rich-text part of a pair, bottom line or next step. Like a card in the three columns, it
 * shows a cheap live preview and mounts the TipTap editor only while it has the keyboard.
 */
export function RichPart({ id, label, context, fragment, badges }: RichPartProps) {
  const { providers, user, mayEdit } = useAnalysisView()
  const focus = useAnalysisFocus()
  const [editing, setEditing] = useState(false)
  const stopEditing = useCallback(() => setEditing(false), [])
  const labelId = `${id}-label`
  // The visible label first, so speech input can say what is seen (WCAG 2.5.3).
  const name = `${label} (${context})`

  useLayoutEffect(() => {
    if (focus.claim(id)) setEditing(true)
  }, [id, focus])

  return (
    <div className="analysis-part">
      <span id={labelId} className="analysis-part__label">
        {label}
      </span>
      {!fragment ? null : editing && mayEdit ? (
        <CardTextEditor fragment={fragment} provider={providers.shared} user={user} editable label={name} autoFocus onBlur={stopEditing} />
      ) : mayEdit ? (
        // Looks and reads as the text box it becomes: taking the keyboard swaps in the editor.
        <div role="textbox" aria-multiline="true" aria-label={name} tabIndex={0} className="analysis-part__text" onFocus={() => setEditing(true)}>
          <CardTextPreview fragment={fragment} emptyText="Not written yet: type here." />
        </div>
      ) : (
        <div className="analysis-part__text" aria-labelledby={labelId} role="group">
          <CardTextPreview fragment={fragment} emptyText="Not written yet." />
        </div>
      )}
      <Suggestions badges={badges} about={label} />
    </div>
  )
}

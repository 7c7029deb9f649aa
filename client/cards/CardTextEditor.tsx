import { useEffect, useLayoutEffect } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { cardTextExtensions } from '../../shared/rich-text-schema'
import './card-text.css'

export interface CardTextEditorProps {
  /** The card's body (cardBody(doc, cardId)); must already be in a document. */
  fragment: Y.XmlFragment
  /** The provider of the card's layer: its awareness carries carets. */
  provider: WebsocketProvider
  user: { name: string; color: string }
  editable: boolean
  /** The accessible name of the text box, e.g. "Text of card 2 in Danger". */
  label: string
  autoFocus?: boolean
  onBlur?: () => void
}

/**
 * A TipTap editor bound to one card's text. Everyone typing in the same card merges character by
 * character through Yjs. Mount it only for the card being edited (TECH-NOTES §3.2): every mounted
 * editor listens to the whole awareness of its layer.
 */
export function CardTextEditor({ fragment, provider, user, editable, label, autoFocus = false, onBlur }: CardTextEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        ...cardTextExtensions,
        Collaboration.configure({ fragment }),
        // The caret extension writes its `user` to awareness as it is, so keep the id the rest of
        // Kinmap (presence, canvas) reads from the same field.
        ...(editable
          ? [CollaborationCaret.configure({ provider, user: { ...provider.awareness.getLocalState()?.user, ...user } })]
          : []),
      ],
      editable,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: textboxAttributes(label, editable) },
    },
    [fragment, provider, editable, user.name, user.color],
  )

  // Focus at once, in the same task as the click or key that opened the editor: TipTap's own
  // autofocus waits a tick, and a fast typist's first letters would land nowhere.
  useLayoutEffect(() => {
    if (autoFocus && editor && !editor.isDestroyed) editor.commands.focus('end')
    // Only when an editor appears, not when the prop is later switched.
  }, [editor])

  // The label follows the card (its position changes as others add cards) without a new editor.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: textboxAttributes(label, editable) } })
  }, [editor, label, editable])

  useEffect(() => {
    if (!editor || !onBlur) return
    editor.on('blur', onBlur)
    return () => {
      editor.off('blur', onBlur)
    }
  }, [editor, onBlur])

  return <EditorContent editor={editor} />
}

/** ProseMirror's contenteditable has no role of its own: without one, screen readers get no named text box. */
function textboxAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    role: 'textbox',
    'aria-label': label,
    'aria-multiline': 'true',
    ...(editable ? {} : { 'aria-readonly': 'true' }),
    class: 'card-text card-text--editing',
  }
}

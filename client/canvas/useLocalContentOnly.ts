import { useEffect } from 'react'
import { defaultHandleExternalTextContent, useEditor, useToasts } from 'tldraw'

/**
 * Kinmap keeps everything in the map's own documents: pictures and files would need storage
 * elsewhere, and links would be fetched from the web to make previews. A pasted or dropped link
 * becomes plain text; pictures and files are refused, with a word of why.
 */
export function useLocalContentOnly() {
  const editor = useEditor()
  const { addToast } = useToasts()
  useEffect(() => {
    const refuse = () =>
      addToast({
        severity: 'info',
        title: 'Pictures and files cannot be added to the map',
        description: 'Write what matters on a card instead.',
      })
    editor.registerExternalContentHandler('files', refuse)
    editor.registerExternalContentHandler('file-replace', refuse)
    editor.registerExternalContentHandler('svg-text', refuse)
    editor.registerExternalContentHandler('embed', null)
    editor.registerExternalContentHandler('excalidraw', null)
    editor.registerExternalContentHandler('url', ({ url, point }) => defaultHandleExternalTextContent(editor, { text: url, point }))
    editor.registerExternalAssetHandler('url', null)
    editor.registerExternalAssetHandler('file', null)
  }, [editor, addToast])
}

import { useEffect } from 'react'
import { useEditor, type IndexKey, type TLShape } from 'tldraw'
import { useGenogramOnCanvas } from './genogram-context'
import { GENOGRAM_SHAPE_ID, GENOGRAM_SHAPE_TYPE, isGenogramShape, type GenogramShape } from './genogram-shape-type'
import { drawingRect } from './genogramPlace'

// Beneath every card (cards start above 'a1'), like the pairs.
const GENOGRAM_INDEX = 'a0' as IndexKey

/**
 * Keeps the genogram's one shape where its drawing is, as remote changes: `bind-layers` leaves it
 * out, so no device ever writes it. People cannot move, resize or delete it; a pasted copy is
 * taken away again.
 */
export function useGenogramShape(): void {
  const editor = useEditor()
  const { drawing } = useGenogramOnCanvas()
  const { x, y, w, h } = drawingRect(drawing)

  useEffect(() => {
    const store = editor.store
    const stops = [
      editor.sideEffects.registerBeforeChangeHandler('shape', (before, after, source) => (source === 'user' && isGenogramShape(after) ? before : after)),
      editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => (source === 'user' && isGenogramShape(shape) ? false : undefined)),
      editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
        if (source !== 'user' || !isGenogramShape(shape)) return
        queueMicrotask(() => store.mergeRemoteChanges(() => store.remove([shape.id])))
      }),
    ]
    return () => {
      for (const stop of stops) stop()
      store.mergeRemoteChanges(() => store.remove([GENOGRAM_SHAPE_ID]))
    }
  }, [editor])

  useEffect(() => {
    const store = editor.store
    const shape: GenogramShape = {
      id: GENOGRAM_SHAPE_ID,
      typeName: 'shape',
      type: GENOGRAM_SHAPE_TYPE,
      parentId: 'page:page' as TLShape['parentId'],
      index: GENOGRAM_INDEX,
      x,
      y,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: { w, h },
    }
    if (JSON.stringify(store.get(GENOGRAM_SHAPE_ID)) === JSON.stringify(shape)) return
    store.mergeRemoteChanges(() => store.put([shape]))
  }, [editor, x, y, w, h])
}

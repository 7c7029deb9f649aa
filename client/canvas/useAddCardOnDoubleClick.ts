import { useEffect } from 'react'
import { useEditor, type TLEventInfo } from 'tldraw'
import { addCardAt } from './add-card'
import type { MapOnCanvas } from './map-context'

/**
 * Double-clicking an empty spot in a domain's zone adds a card there. tldraw's own double-click
 * (a text shape) is switched off in the editor options; double-clicking a shape still edits it.
 */
export function useAddCardOnDoubleClick(map: MapOnCanvas) {
  const editor = useEditor()
  useEffect(() => {
    const onEvent = (info: TLEventInfo) => {
      if (info.type !== 'click' || info.name !== 'double_click' || info.phase !== 'up' || info.target !== 'canvas') return
      if (editor.getIsReadonly() || editor.getCurrentToolId() !== 'select' || editor.getEditingShapeId() !== null) return
      const point = editor.screenToPage(info.point)
      if (editor.getShapeAtPoint(point, { hitInside: true, margin: editor.getHitTestMargin() })) return
      addCardAt(editor, map, point)
    }
    editor.on('event', onEvent)
    return () => {
      editor.off('event', onEvent)
    }
  }, [editor, map])
}

import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { useEditor } from 'tldraw'
import type { SvgNode } from '../../shared/genogram/svg-node'
import { GenogramRefusal, pinPerson } from '../../shared/model/genogram'
import { useGenogramOnCanvas } from './genogram-context'
import type { GenogramShape } from './genogram-shape-type'
import { SvgTree, type Decorate } from './SvgTree'

/** How far (in screen pixels) a press may wander and still be a click rather than a drag. */
const CLICK_SLOP = 4

interface Press {
  personId: string
  pointerId: number
  start: { x: number; y: number }
  from: { x: number; y: number }
  dragging: boolean
}

const titleOf = (node: SvgNode): string | undefined => {
  const title = node.children.find((child): child is SvgNode => typeof child !== 'string' && child.tag === 'title')
  return title?.children.filter((child): child is string => typeof child === 'string').join('')
}

/**
 * The genogram's drawing, inside its shape. Each person is a button: a click or tap (or Enter)
 * selects them and opens their details beside the canvas; a drag moves them, their lines
 * following, and pins them where they are dropped, written once on the drop. The canvas never sees
 * these presses, so it neither selects nor moves the drawing itself.
 */
export function GenogramOnCanvas({ shape }: { shape: GenogramShape }) {
  const editor = useEditor()
  const genogram = useGenogramOnCanvas()
  const { docs, layout, drawing, editable, selectedId, select, setDrag } = genogram
  const press = useRef<Press | null>(null)
  const pageAt = (event: PointerEvent) => editor.screenToPage({ x: event.clientX, y: event.clientY })

  function down(event: PointerEvent<SVGElement>, personId: string) {
    if (event.button !== 0) return
    editor.markEventAsHandled(event)
    const place = layout.people[personId]
    if (!place) return
    event.currentTarget.setPointerCapture(event.pointerId)
    press.current = { personId, pointerId: event.pointerId, start: pageAt(event), from: { x: place.x, y: place.y }, dragging: false }
  }

  function move(event: PointerEvent<SVGElement>) {
    const current = press.current
    if (!current || current.pointerId !== event.pointerId || !editable) return
    const now = pageAt(event)
    const [dx, dy] = [now.x - current.start.x, now.y - current.start.y]
    if (!current.dragging && Math.hypot(dx, dy) * editor.getZoomLevel() < CLICK_SLOP) return
    current.dragging = true
    setDrag({ personId: current.personId, x: current.from.x + dx, y: current.from.y + dy })
  }

  function up(event: PointerEvent<SVGElement>) {
    const current = press.current
    if (!current || current.pointerId !== event.pointerId) return
    editor.markEventAsHandled(event)
    press.current = null
    if (!current.dragging) return choose(current.personId)
    const now = pageAt(event)
    const pin = { x: current.from.x + now.x - current.start.x, y: current.from.y + now.y - current.start.y }
    try {
      pinPerson(docs.shared, current.personId, pin)
    } catch (failure) {
      // Taken off the map on another device during the drag: there is no one left to pin.
      if (!(failure instanceof GenogramRefusal)) throw failure
    } finally {
      setDrag(null)
    }
  }

  function cancel() {
    press.current = null
    setDrag(null)
  }

  function key(event: KeyboardEvent<SVGElement>, personId: string) {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    event.stopPropagation()
    editor.markEventAsHandled(event)
    choose(personId)
  }

  // A person, not the shape or a card, is what is selected now.
  function choose(personId: string) {
    editor.selectNone()
    select(personId)
  }

  const decorate: Decorate = (node) => {
    // An image's parts are hidden from screen readers: the canvas's drawing is a group of buttons.
    if (node.tag === 'svg') return { role: 'group' }
    const personId = node.attrs['data-person-id']
    if (typeof personId !== 'string') return undefined
    return {
      tabIndex: 0,
      role: 'button',
      'aria-label': titleOf(node),
      'aria-pressed': selectedId === personId,
      className: selectedId === personId ? 'kinmap-genogram__person kinmap-genogram__person--selected' : 'kinmap-genogram__person',
      onPointerDown: (event) => down(event, personId),
      onPointerMove: move,
      onPointerUp: up,
      onPointerCancel: cancel,
      onKeyDown: (event) => key(event, personId),
    }
  }

  return (
    <div className={editable ? 'kinmap-genogram kinmap-genogram--editable' : 'kinmap-genogram'} style={{ width: shape.props.w, height: shape.props.h }}>
      <SvgTree node={drawing} decorate={decorate} />
    </div>
  )
}

import { HTMLContainer, Rectangle2d, ShapeUtil, T } from 'tldraw'
import { GenogramOnCanvas } from './GenogramOnCanvas'
import './genogram.css'
import { GENOGRAM_SHAPE_TYPE, type GenogramShape } from './genogram-shape-type'

/**
 * The genogram's drawing on the canvas (see `useGenogramShape`). Nobody moves, resizes or deletes
 * it: people inside it are dragged, selected and opened by the drawing itself. Its outline is not
 * filled, so a press between people falls through to the canvas. "Editing" it (Enter when it is
 * selected) opens the genogram's panel: the list of people and relationships, for the keyboard.
 */
export class GenogramShapeUtil extends ShapeUtil<GenogramShape> {
  static override type = GENOGRAM_SHAPE_TYPE
  static override props = { w: T.number, h: T.number }

  /** Set per map with `configure`. */
  override options = {
    open: (): void => {},
    describe: (): string | undefined => undefined,
  }

  getDefaultProps(): GenogramShape['props'] {
    return { w: 1, h: 1 }
  }

  getGeometry(shape: GenogramShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: false })
  }

  override canEdit() {
    return true
  }

  override canEditInReadonly() {
    return true
  }

  override onEditStart() {
    this.editor.setEditingShape(null)
    this.options.open()
  }

  override canResize() {
    return false
  }

  override hideResizeHandles() {
    return true
  }

  override hideRotateHandle() {
    return true
  }

  override getAriaDescriptor() {
    return this.options.describe()
  }

  component(shape: GenogramShape) {
    return (
      <HTMLContainer>
        <GenogramOnCanvas shape={shape} />
      </HTMLContainer>
    )
  }

  getIndicatorPath(shape: GenogramShape) {
    const path = new Path2D()
    path.rect(0, 0, shape.props.w, shape.props.h)
    return path
  }
}

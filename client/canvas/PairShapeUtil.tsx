import { BaseBoxShapeUtil, HTMLContainer, T, type TLEditStartInfo } from 'tldraw'
import { PairOnCanvas } from './PairOnCanvas'
import { PAIR_SHAPE_TYPE, type PairShape } from './pair-shape-type'

/**
 * A statement or goal of a pair on the canvas (see `bind-pairs.ts`). It is read-only here: the
 * words are written in the Analysis view, so "editing" it (a double-click, or Enter when it is
 * selected) opens the Analysis view at that pair, for everyone, observers included.
 */
export class PairShapeUtil extends BaseBoxShapeUtil<PairShape> {
  static override type = PAIR_SHAPE_TYPE
  static override props = {
    statementId: T.string,
    side: T.literalEnum('statement', 'goal'),
    pair: T.number,
    w: T.number,
    h: T.number,
  }

  /** Set per map with `configure`: the shape knows a statement id, the map knows the rest. */
  override options = {
    open: (_statementId: string): void => {},
    describe: (_shape: PairShape): string | undefined => undefined,
  }

  getDefaultProps(): PairShape['props'] {
    return { statementId: '', side: 'statement', pair: 1, w: 584, h: 170 }
  }

  override canEdit(_shape: PairShape, _info: TLEditStartInfo) {
    return true
  }

  override canEditInReadonly() {
    return true
  }

  override onEditStart(shape: PairShape) {
    this.editor.setEditingShape(null)
    const open = () => this.options.open(shape.props.statementId)
    // A double-click starts this on its second press: leaving before the button comes up would let
    // the release land on the Analysis view, as a click on whatever is there.
    if (this.editor.inputs.getIsPointing()) window.addEventListener('pointerup', () => setTimeout(open), { once: true })
    else open()
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

  override getAriaDescriptor(shape: PairShape) {
    return this.options.describe(shape)
  }

  component(shape: PairShape) {
    return (
      <HTMLContainer>
        <PairOnCanvas shape={shape} />
      </HTMLContainer>
    )
  }

  getIndicatorPath(shape: PairShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 8)
    return path
  }
}

import { BaseBoxShapeUtil, HTMLContainer, resizeBox, T, type TLResizeInfo } from 'tldraw'
import { CARD_SIZE } from '../../shared/canvas-layout'
import { CARD_SHAPE_TYPE } from '../../shared/model'
import { CardOnCanvas } from './CardOnCanvas'
import type { CardShape } from './card-shape-type'

const MIN_SIZE = { minWidth: 180, minHeight: 110 }

/**
 * A card of the case map on the canvas. The shape holds where the card sits and how big it is;
 * what it says, who said it and what kind of knowledge it is are read from the card in Yjs.
 */
export class CardShapeUtil extends BaseBoxShapeUtil<CardShape> {
  static override type = CARD_SHAPE_TYPE
  static override props = { cardId: T.string, w: T.number, h: T.number }

  /** Set per map with `configure`: the shape knows a card id, the map knows the rest. */
  override options = {
    mayEdit: (_cardId: string): boolean => false,
    describe: (_cardId: string): string | undefined => undefined,
  }

  getDefaultProps(): CardShape['props'] {
    return { cardId: '', ...CARD_SIZE }
  }

  override canEdit(shape: CardShape) {
    return this.options.mayEdit(shape.props.cardId)
  }

  override hideRotateHandle() {
    return true
  }

  override onResize(shape: CardShape, info: TLResizeInfo<CardShape>) {
    return resizeBox(shape, info, MIN_SIZE)
  }

  override getAriaDescriptor(shape: CardShape) {
    return this.options.describe(shape.props.cardId)
  }

  component(shape: CardShape) {
    return (
      <HTMLContainer>
        <CardOnCanvas shape={shape} />
      </HTMLContainer>
    )
  }

  getIndicatorPath(shape: CardShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 8)
    return path
  }
}

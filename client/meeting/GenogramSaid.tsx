import { useMemo } from 'react'
import type * as Y from 'yjs'
import { drawGenogram } from '../../shared/genogram/drawing'
import { layoutGenogram } from '../../shared/genogram/layout'
import { SvgTree } from '../genogram/SvgTree'
import { useGenogram } from '../genogram/useGenogram'

/**
 * The genogram as the family sees it, read-only: drawn from the shared layer alone, so nothing of
 * the professional layer (contact details, consent) can be in it.
 */
export function GenogramSaid({ shared, childIds }: { shared: Y.Doc; childIds: readonly string[] }) {
  const genogram = useGenogram(shared)
  const drawing = useMemo(() => drawGenogram(genogram, layoutGenogram(genogram), { audience: 'family', childIds, title: 'The family tree' }), [genogram, childIds])
  if (genogram.people.length === 0) return <p className="said-empty">Nobody is on the family tree yet.</p>
  return (
    <div className="said-genogram">
      <SvgTree node={drawing} />
    </div>
  )
}

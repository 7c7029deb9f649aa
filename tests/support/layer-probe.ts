import * as Y from 'yjs'
import { watchLayerChanges, type Layer } from '../../shared/model/index.js'

/**
 * What the server does with a client's update: apply it to a watched probe of the layer and ask
 * what broke. `seed` builds the document as it was before the client's edit.
 */
export function problemsOf(layer: Layer, edit: (doc: Y.Doc) => void, seed?: (doc: Y.Doc) => void): string[] {
  const client = new Y.Doc()
  seed?.(client)
  const probe = new Y.Doc()
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(client))
  const watcher = watchLayerChanges(probe, layer)
  watcher.takeProblems({ asServer: true })
  const before = Y.encodeStateVector(client)
  edit(client)
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(client, before))
  return watcher.takeProblems()
}

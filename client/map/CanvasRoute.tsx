import { lazy, Suspense, type ComponentType } from 'react'
import { Link } from 'react-router'
import type { CanvasViewProps } from './CanvasViewProps'
import { useSessionPerson } from '../session/SessionContext'
import { useMapView } from './mapView'

type CanvasModule = { CanvasView?: ComponentType<CanvasViewProps>; default?: ComponentType<CanvasViewProps> }

// The canvas (tldraw) is a large download, loaded only when a map opens on it. A glob rather than a
// plain import() so the client still builds while client/canvas/CanvasView.tsx is being written.
const canvasModules = import.meta.glob<CanvasModule>('../canvas/CanvasView.tsx')
const loadCanvas = canvasModules['../canvas/CanvasView.tsx']

const CanvasView = lazy<ComponentType<CanvasViewProps>>(async () => {
  if (!loadCanvas) return { default: CanvasUnavailable }
  const module = await loadCanvas()
  return { default: module.CanvasView ?? module.default ?? CanvasUnavailable }
})

/** `/maps/:mapId`: the map as a canvas. */
export function CanvasRoute() {
  const { docs, providers, access, user, framework, audience } = useMapView()
  const { tldrawLicenseKey } = useSessionPerson()
  return (
    <Suspense fallback={<p role="status" className="view-message">Loading the canvas…</p>}>
      <CanvasView
        docs={docs}
        providers={providers}
        access={access}
        user={user}
        framework={framework}
        audience={audience}
        licenseKey={tldrawLicenseKey ?? undefined}
      />
    </Suspense>
  )
}

function CanvasUnavailable() {
  return (
    <p className="view-message">
      The canvas is not available in this version of Kinmap. <Link to="columns">Use the three-column view</Link>.
    </p>
  )
}

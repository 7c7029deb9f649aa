import { lazy, Suspense, type ReactNode } from 'react'
import { Route, Routes } from 'react-router'
import { MapListPage } from '../maps/MapListPage'
import { RequireSession } from '../session/RequireSession'
import { SetupPage } from '../session/SetupPage'
import { SignInPage } from '../session/SignInPage'
import { SessionShell } from './SessionShell'
import { JoinPage } from '../join/JoinPage'
import { LeftPage } from '../join/LeftPage'
import { NotFoundPage } from './NotFoundPage'
import { useScrollToTopOnNavigation } from './useScrollToTopOnNavigation'

// A map brings Yjs, TipTap and (on the canvas) tldraw: none of it is loaded for the sign-in page or
// the map list.
const MapRoute = lazy(() => import('../map/MapRoute').then((module) => ({ default: module.MapRoute })))
const CanvasRoute = lazy(() => import('../map/CanvasRoute').then((module) => ({ default: module.CanvasRoute })))
const ColumnsView = lazy(() => import('../columns/ColumnsView').then((module) => ({ default: module.ColumnsView })))
const AnalysisView = lazy(() => import('../analysis/AnalysisView').then((module) => ({ default: module.AnalysisView })))
const ScalingView = lazy(() => import('../scaling/ScalingView').then((module) => ({ default: module.ScalingView })))
const SafetyPlanView = lazy(() => import('../safety-plan/SafetyPlanView').then((module) => ({ default: module.SafetyPlanView })))
const PlanCopyPage = lazy(() => import('../safety-plan/PlanCopyPage').then((module) => ({ default: module.PlanCopyPage })))
const NetworkView = lazy(() => import('../network/NetworkView').then((module) => ({ default: module.NetworkView })))
const MeetingView = lazy(() => import('../meeting/MeetingView').then((module) => ({ default: module.MeetingView })))
const CheckpointView = lazy(() => import('../meeting/CheckpointView').then((module) => ({ default: module.CheckpointView })))
const PresenterRoute = lazy(() => import('../meeting/PresenterRoute').then((module) => ({ default: module.PresenterRoute })))
const TeamsPage = lazy(() => import('../admin/TeamsPage').then((module) => ({ default: module.TeamsPage })))
const AuditTrailPage = lazy(() => import('../audit/AuditTrailPage').then((module) => ({ default: module.AuditTrailPage })))

const loading = (page: ReactNode) => (
  <Suspense
    fallback={
      <p role="status" className="page-message">
        Loading…
      </p>
    }
  >
    {page}
  </Suspense>
)

export function App() {
  useScrollToTopOnNavigation()
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/setup/:token" element={<SetupPage />} />
      <Route path="/join" element={<JoinPage />} />
      <Route path="/left" element={<LeftPage />} />
      <Route element={<RequireSession />}>
        {/* The shared screen for a projector: no app bar, no map frame, nothing to edit. */}
        <Route path="maps/:mapId/present" element={loading(<PresenterRoute />)} />
        <Route element={<SessionShell />}>
          <Route index element={<MapListPage />} />
          <Route path="maps/:mapId" element={loading(<MapRoute />)}>
            <Route index element={loading(<CanvasRoute />)} />
            <Route path="columns" element={loading(<ColumnsView />)} />
            <Route path="analysis" element={loading(<AnalysisView />)} />
            <Route path="scaling" element={loading(<ScalingView />)} />
            <Route path="meeting" element={loading(<MeetingView />)} />
            <Route path="checkpoints/:checkpointId" element={loading(<CheckpointView />)} />
            <Route path="plan" element={loading(<SafetyPlanView />)} />
            <Route path="plan/copy/:personId" element={loading(<PlanCopyPage />)} />
            <Route path="network" element={loading(<NetworkView />)} />
          </Route>
          <Route path="audit" element={loading(<AuditTrailPage />)} />
          <Route path="admin/teams" element={loading(<TeamsPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  )
}

import type { Audience } from '../../shared/audience'
import type { AgendaStep } from '../../shared/model'
import { MAP_VIEWS } from '../map/mapView'

/**
 * Where each step of a meeting is shown on everyone's own device, best first: the first view the
 * map has is where "Follow the meeting" takes a screen. The family audience has no Analysis view,
 * so a step the practitioners work in there shows on the family's screen where they can read it.
 * Steps with no view of their own (what changed, progress, best questions) show in the Meeting view.
 */
const STEP_VIEWS: Record<AgendaStep, Record<Audience, readonly string[]>> = {
  genogram: { professional: ['network', ''], family: ['network', ''] },
  'what-we-know': { professional: ['columns'], family: ['columns'] },
  statements: { professional: ['analysis'], family: ['columns'] },
  scaling: { professional: ['scaling'], family: ['scaling'] },
  'best-questions': { professional: ['meeting'], family: ['meeting'] },
  network: { professional: ['network', 'meeting'], family: ['network', 'meeting'] },
  plan: { professional: ['plan', 'analysis'], family: ['plan', 'meeting'] },
  progress: { professional: ['meeting'], family: ['meeting'] },
  changes: { professional: ['meeting'], family: ['meeting'] },
  'next-steps': { professional: ['analysis'], family: ['meeting'] },
}

/** The address of the view showing a step, for this audience: `/maps/<id>/<view>`. */
export function stepPath(mapId: string, step: AgendaStep, audience: Audience): string {
  const view = STEP_VIEWS[step][audience].find((candidate) => MAP_VIEWS.has(candidate)) ?? 'meeting'
  const base = `/maps/${encodeURIComponent(mapId)}`
  return view === '' ? base : `${base}/${view}`
}

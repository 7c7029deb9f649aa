import { NavLink } from 'react-router'

/** Canvas, three columns, analysis or scaling: views of the same documents, as ordinary links. The
 * family audience has no analysis view: its practice coach and decisions are for professionals.
 * Everyone scales; the family's link says what it is in plain words. The network (safety circles)
 * is family-facing, so everyone sees it; so is the safety plan, which is the family's own. The
 * meeting (its agenda, record and copies of the map) is everyone's too. */
export function ViewSwitch({ mapId, withAnalysis, family }: { mapId: string; withAnalysis: boolean; family: boolean }) {
  const base = `/maps/${encodeURIComponent(mapId)}`
  const className = ({ isActive }: { isActive: boolean }) => (isActive ? 'view-switch__link view-switch__link--current' : 'view-switch__link')
  return (
    <nav aria-label="View" className="view-switch">
      <NavLink to={base} end className={className}>
        Canvas
      </NavLink>
      <NavLink to={`${base}/columns`} className={className}>
        Three columns
      </NavLink>
      {withAnalysis && (
        <NavLink to={`${base}/analysis`} className={className}>
          Analysis
        </NavLink>
      )}
      <NavLink to={`${base}/scaling`} className={className}>
        {family ? 'Numbers 0 to 10' : 'Scaling'}
      </NavLink>
      <NavLink to={`${base}/plan`} className={className}>
        Safety plan
      </NavLink>
      <NavLink to={`${base}/network`} className={className}>
        Network
      </NavLink>
      <NavLink to={`${base}/meeting`} className={className}>
        Meeting
      </NavLink>
    </nav>
  )
}

import { useMemo, useRef, useState } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { runsCommands } from '../../shared/map-roles'
import type { MapAccess, MapInfo } from '../http/contract'
import { usePageTitle } from '../app/usePageTitle'
import { usePresenceUser } from '../session/SessionContext'
import { AudienceSwitch, FamilyAudienceBanner } from './AudienceSwitch'
import { ConnectionStatus } from './ConnectionStatus'
import { FrameworkSwitch } from './FrameworkSwitch'
import { MapClosed } from './MapClosed'
import { MembersPanel } from './MembersPanel'
import { InvitationsPanel } from '../invitations/InvitationsPanel'
import { ExportPanel } from '../export/ExportPanel'
import { MeetingFollower } from '../meeting/MeetingFollower'
import { PeoplePanel } from './PeoplePanel'
import { Presence } from './Presence'
import { RenameMap } from './RenameMap'
import { SyncProblem } from './SyncProblem'
import type { MapViewContext } from './mapView'
import type { AudienceChoice } from './useAudience'
import type { MapConnection } from './useMapDocuments'
import { useMembers } from './useMembers'
import { useSettings } from './useSettings'
import { ViewSwitch } from './ViewSwitch'

const PANELS = ['people', 'members', 'invitations', 'export'] as const
type PanelName = (typeof PANELS)[number]
const PANEL_LABELS: Record<PanelName, string> = { people: 'People', members: 'Members', invitations: 'Invitations', export: 'Export' }

interface MapFrameProps {
  map: MapInfo
  /** The layers open on this screen: in the family audience, never the professional layer. */
  access: MapAccess
  audience: AudienceChoice
  connection: MapConnection
}

/**
 * The map page around whichever view is open: title, settings, people, members, presence, status.
 * In the family audience (a professional's projected screen, or a family member's own device) it
 * shows no contact details and none of the professionals' controls.
 */
export function MapFrame({ map, access, audience, connection }: MapFrameProps) {
  const { docs, providers, status, synced } = connection
  const user = usePresenceUser()
  const settings = useSettings(docs.record)
  // Membership (with email addresses) is for staff; a family device never asks for it.
  const { members, error: membersError, setMembers } = useMembers(map.id, map.role !== 'participant')
  const [panel, setPanel] = useState<PanelName | null>(null)

  // The record layer is the truth for title and framework; the HTTP answer only fills the moment
  // before it has synced.
  const title = settings?.title ?? map.title
  const framework = settings?.framework ?? map.framework
  usePageTitle(title)

  const family = audience.audience === 'family'
  const mayChangeSettings = runsCommands(map.role) && !family
  const mayInvite = runsCommands(map.role) && !family
  // Exporting is offered to everyone who may open the map: the family audience offers the family copy only.
  const panelOffered: Record<PanelName, boolean> = { people: true, members: !family, invitations: mayInvite, export: true }
  const shownPanel = panel && panelOffered[panel] ? panel : null
  const location = useLocation()

  const memberNames = useMemo(() => new Map((members ?? []).map((member) => [member.userId, member.name])), [members])
  const viewContext: MapViewContext = {
    mapId: map.id,
    docs,
    providers,
    access,
    role: map.role,
    user,
    framework,
    settings,
    memberNames,
    audience: audience.audience,
  }

  const panelButtons = {
    people: useRef<HTMLButtonElement>(null),
    members: useRef<HTMLButtonElement>(null),
    invitations: useRef<HTMLButtonElement>(null),
    export: useRef<HTMLButtonElement>(null),
  }
  const togglePanel = (name: PanelName) => setPanel((current) => (current === name ? null : name))
  // Closing a panel returns the keyboard to the button that opened it.
  const closePanel = () => {
    if (shownPanel) panelButtons[shownPanel].current?.focus()
    setPanel(null)
  }

  // Once the server has closed the map to this person, the case is no longer theirs to see.
  if (status.state === 'closed') return <MapClosed status={status} />
  // The analysis (with the practice coach) is for professionals; the family sees the map.
  if (family && /\/analysis\/?$/.test(location.pathname)) return <Navigate to={`/maps/${encodeURIComponent(map.id)}`} replace />

  return (
    <main id="main" className="map-page">
      <header className="map-header">
        <div className="map-header__line">
          <div className="map-header__title">
            <h1>{title}</h1>
            <RenameMap mapId={map.id} title={title} mayRename={mayChangeSettings} />
          </div>
          <div className="map-header__settings">
            {audience.mayChoose && <AudienceSwitch choice={audience} />}
            {!family && <FrameworkSwitch mapId={map.id} framework={framework} mayChange={mayChangeSettings} />}
          </div>
          <div className="map-header__status">
            <Presence awareness={providers.shared.awareness} user={user} />
            <ConnectionStatus status={status} />
          </div>
        </div>
        <div className="map-header__line">
          <ViewSwitch mapId={map.id} withAnalysis={!family} family={family} />
          <div className="map-header__panels" role="group" aria-label="Panels">
            {PANELS.filter((name) => panelOffered[name]).map((name) => (
              <button
                key={name}
                type="button"
                className="button"
                ref={panelButtons[name]}
                aria-expanded={shownPanel === name}
                aria-controls="map-panel"
                onClick={() => togglePanel(name)}
              >
                {PANEL_LABELS[name]}
              </button>
            ))}
          </div>
        </div>
      </header>
      {family && audience.mayChoose && <FamilyAudienceBanner />}
      {synced && <MeetingFollower mapId={map.id} record={docs.record} framework={framework} audience={audience.audience} mayRun={runsCommands(map.role)} />}

      <SyncProblem notice={connection.notice} onDismiss={connection.dismissNotice} />

      <div className={shownPanel ? 'map-page__body map-page__body--with-panel' : 'map-page__body'}>
        <div className="map-page__view">
          {synced ? (
            <Outlet context={viewContext} />
          ) : (
            <p role="status" className="view-message">
              Loading the map…
            </p>
          )}
        </div>
        {shownPanel && (
          <aside id="map-panel" className="map-panel" aria-labelledby="map-panel-heading">
            {shownPanel === 'export' ? (
              <ExportPanel mapId={map.id} audience={audience.audience} onClose={closePanel} />
            ) : shownPanel === 'invitations' ? (
              <InvitationsPanel mapId={map.id} shared={docs.shared} onClose={closePanel} />
            ) : shownPanel === 'people' ? (
              <PeoplePanel
                docs={docs}
                editable={access.shared === 'edit'}
                editsDetails={access.professional === 'edit' && !!docs.professional}
                showAgencies={!family}
                mayRemove={!family && map.role !== 'participant'}
                childIds={settings?.childIds ?? []}
                onClose={closePanel}
              />
            ) : (
              <MembersPanel
                mapId={map.id}
                members={members}
                error={membersError}
                onMembersChanged={setMembers}
                isOwner={map.role === 'owner'}
                onClose={closePanel}
              />
            )}
          </aside>
        )}
      </div>
    </main>
  )
}

import { useMemo, useRef, useState } from 'react'
import { Outlet } from 'react-router'
import type { MapInfo } from '../http/contract'
import { usePageTitle } from '../app/usePageTitle'
import { usePresenceUser } from '../session/SessionContext'
import { ConnectionStatus } from './ConnectionStatus'
import { FrameworkSwitch } from './FrameworkSwitch'
import { MapClosed } from './MapClosed'
import { MembersPanel } from './MembersPanel'
import { InvitationsPanel } from '../invitations/InvitationsPanel'
import { PeoplePanel } from './PeoplePanel'
import { Presence } from './Presence'
import { RenameMap } from './RenameMap'
import { SyncProblem } from './SyncProblem'
import type { MapViewContext } from './mapView'
import type { MapConnection } from './useMapDocuments'
import { useMembers } from './useMembers'
import { useSettings } from './useSettings'
import { ViewSwitch } from './ViewSwitch'

type PanelName = 'people' | 'members' | 'invitations'

/** The map page around whichever view is open: title, settings, people, members, presence, status. */
export function MapFrame({ map, connection }: { map: MapInfo; connection: MapConnection }) {
  const { docs, providers, status, synced } = connection
  const user = usePresenceUser()
  const settings = useSettings(docs.record)
  const { members, error: membersError, setMembers } = useMembers(map.id)
  const [panel, setPanel] = useState<PanelName | null>(null)

  // The record layer is the truth for title and framework; the HTTP answer only fills the moment
  // before it has synced.
  const title = settings?.title ?? map.title
  const framework = settings?.framework ?? map.framework
  usePageTitle(title)

  const access = map.layers
  const mayChangeSettings = map.role !== 'observer'
  const mayInvite = map.role === 'owner' || map.role === 'professional'

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
  }

  const panelButtons = { people: useRef<HTMLButtonElement>(null), members: useRef<HTMLButtonElement>(null), invitations: useRef<HTMLButtonElement>(null) }
  const togglePanel = (name: PanelName) => setPanel((current) => (current === name ? null : name))
  // Closing a panel returns the keyboard to the button that opened it.
  const closePanel = () => {
    if (panel) panelButtons[panel].current?.focus()
    setPanel(null)
  }

  // Once the server has closed the map to this person, the case is no longer theirs to see.
  if (status.state === 'closed') return <MapClosed status={status} />

  return (
    <main id="main" className="map-page">
      <header className="map-header">
        <div className="map-header__title">
          <h1>{title}</h1>
          <RenameMap mapId={map.id} title={title} mayRename={mayChangeSettings} />
        </div>
        <div className="map-header__controls">
          <FrameworkSwitch mapId={map.id} framework={framework} mayChange={mayChangeSettings} />
          <ViewSwitch mapId={map.id} />
          <div className="map-header__panels" role="group" aria-label="Panels">
            <button
              type="button"
              className="button"
              ref={panelButtons.people}
              aria-expanded={panel === 'people'}
              aria-controls="map-panel"
              onClick={() => togglePanel('people')}
            >
              People
            </button>
            <button
              type="button"
              className="button"
              ref={panelButtons.members}
              aria-expanded={panel === 'members'}
              aria-controls="map-panel"
              onClick={() => togglePanel('members')}
            >
              Members
            </button>
            {mayInvite && (
              <button
                type="button"
                className="button"
                ref={panelButtons.invitations}
                aria-expanded={panel === 'invitations'}
                aria-controls="map-panel"
                onClick={() => togglePanel('invitations')}
              >
                Invitations
              </button>
            )}
          </div>
        </div>
        <div className="map-header__status">
          <Presence awareness={providers.shared.awareness} user={user} />
          <ConnectionStatus status={status} />
        </div>
      </header>

      <SyncProblem notice={connection.notice} onDismiss={connection.dismissNotice} />

      <div className={panel ? 'map-page__body map-page__body--with-panel' : 'map-page__body'}>
        <div className="map-page__view">
          {synced ? (
            <Outlet context={viewContext} />
          ) : (
            <p role="status" className="view-message">
              Loading the map…
            </p>
          )}
        </div>
        {panel && (
          <aside id="map-panel" className="map-panel" aria-labelledby="map-panel-heading">
            {panel === 'invitations' ? (
              <InvitationsPanel mapId={map.id} shared={docs.shared} onClose={closePanel} />
            ) : panel === 'people' ? (
              <PeoplePanel
                shared={docs.shared}
                editable={access.shared === 'edit'}
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

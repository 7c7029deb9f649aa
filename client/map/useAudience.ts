import { useCallback, useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Audience } from '../../shared/audience'
import { runsCommands } from '../../shared/map-roles'
import type { MapAccess, MapInfo } from '../http/contract'
import { recordAudienceSwitch } from '../http/maps'

export interface AudienceChoice {
  audience: Audience
  /** Owners and professionals may switch their screen; a family device is always family. */
  mayChoose: boolean
  /** Resolves once switched; switching back to professional waits until the server has recorded it. */
  switchTo(next: Audience): Promise<void>
}

const storageKey = (mapId: string) => `kinmap.audience.${mapId}`

function remembered(mapId: string): Audience | null {
  const parsed = Audience.safeParse(sessionStorage.getItem(storageKey(mapId)))
  return parsed.success ? parsed.data : null
}

/**
 * Who this screen is showing the map to. A professional's choice is remembered per map for this
 * tab (sessionStorage), so a reload during a family meeting stays in the family audience; a link
 * with `?audience=family` starts a family meeting. A participant's device is always family.
 */
export function useAudience(map: MapInfo): AudienceChoice {
  const mayChoose = runsCommands(map.role) && !!map.layers.professional
  const [search, setSearch] = useSearchParams()
  const asked = Audience.safeParse(search.get('audience'))
  const [chosen, setChosen] = useState<Audience>(() => (asked.success ? asked.data : null) ?? remembered(map.id) ?? 'professional')

  const remember = useCallback(
    (audience: Audience) => {
      sessionStorage.setItem(storageKey(map.id), audience)
      setChosen(audience)
    },
    [map.id],
  )

  // A meeting started from a link: remember it, record it, and tidy the address so a later
  // switch back is not undone by the link on reload.
  const startedFromLink = asked.success ? asked.data : null
  useEffect(() => {
    if (startedFromLink === null) return
    setSearch((current) => {
      current.delete('audience')
      return current
    }, { replace: true })
    if (!mayChoose || remembered(map.id) === startedFromLink) return
    remember(startedFromLink)
    void recordAudienceSwitch(map.id, startedFromLink).catch(() => undefined)
  }, [startedFromLink, mayChoose, map.id, remember, setSearch])

  const switchTo = useCallback(
    async (next: Audience) => {
      if (next === 'family') {
        // Hiding never waits for the network: the screen may be in front of the family already.
        remember('family')
        await recordAudienceSwitch(map.id, 'family')
      } else {
        // Showing professionals-only information again is recorded first.
        await recordAudienceSwitch(map.id, 'professional')
        remember('professional')
      }
    },
    [map.id, remember],
  )

  if (map.role === 'participant') return { audience: 'family', mayChoose: false, switchTo: async () => undefined }
  return { audience: mayChoose ? chosen : 'professional', mayChoose, switchTo }
}

/** What a screen may open in an audience: the family audience never opens the professional layer. */
export const accessFor = (layers: MapAccess, audience: Audience): MapAccess =>
  audience === 'family' ? { shared: layers.shared, professional: null, record: layers.record } : layers

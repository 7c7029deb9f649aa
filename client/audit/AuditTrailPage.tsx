import { useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { ErrorMessage } from '../app/ErrorMessage'
import { usePageTitle } from '../app/usePageTitle'
import { csvAddress, fetchTrailPage, filterQuery, filtersFrom, type TrailEvent, type TrailFilters, type TrailPage } from './trail'
import { TrailFilterForm } from './TrailFilterForm'
import { TrailTable } from './TrailTable'
import './audit.css'

const SCOPE_WORDS: Record<TrailPage['scope'], string> = {
  everything: 'As an administrator you see the whole trail.',
  team: 'As a team manager you see your team’s share: everything on your team’s maps, and your team’s own sign-ins and sign-outs.',
}

/**
 * The audit trail for administrators and team managers: who signed in, opened, changed or was
 * refused what, and when. The filters live in the address, so a reload or the back button keeps them
 * and the download link honours them.
 */
export function AuditTrailPage() {
  usePageTitle('Audit trail')
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => filtersFrom(params), [params])
  const [found, setFound] = useState<{ page: TrailPage; events: TrailEvent[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const status = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    let current = true
    setFound(null)
    setError(null)
    fetchTrailPage(filters, null).then(
      (page) => current && setFound({ page, events: page.events }),
      (failure: Error) => current && setError(failure.message),
    )
    return () => {
      current = false
    }
  }, [filters])

  async function loadMore() {
    if (!found?.page.nextBefore || loadingMore) return
    setLoadingMore(true)
    try {
      const page = await fetchTrailPage(filters, found.page.nextBefore)
      setFound({ page, events: [...found.events, ...page.events] })
      setError(null)
      // The button goes with the last page: keep the keyboard's place on the count, not the page's top.
      if (page.nextBefore === null) requestAnimationFrame(() => status.current?.focus())
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setLoadingMore(false)
    }
  }

  const apply = (next: TrailFilters) => setParams(filterQuery(next))
  const filtered = filterQuery(filters).size > 0
  const more = found?.page.nextBefore != null

  return (
    <main id="main" className="page audit-trail">
      <h1>Audit trail</h1>
      <p>
        Who signed in, opened, changed or was refused what, and when. It holds no case text. Times are UK time.
        {found && ` ${SCOPE_WORDS[found.page.scope]}`}
      </p>
      {found && <TrailFilterForm kinds={found.page.kinds} applied={filters} onApply={apply} />}
      <ErrorMessage message={error} />
      {!found && !error && <p role="status">Loading the audit trail…</p>}
      {found && (
        <section aria-labelledby="trail-results-heading" className="audit-trail__results">
          <div className="audit-trail__results-bar">
            <h2 id="trail-results-heading">{filtered ? 'Events matching the filters' : 'All events'}</h2>
            <a className="button" href={csvAddress(filters)} download>
              Download CSV{filtered ? ' of these events' : ''}
            </a>
          </div>
          <p role="status" ref={status} tabIndex={-1}>
            {found.events.length === 0
              ? 'No events match these filters.'
              : `Showing ${found.events.length} ${found.events.length === 1 ? 'event' : 'events'}${more ? '; there are more.' : '.'}`}
          </p>
          {found.events.length > 0 && <TrailTable events={found.events} caption="Audit trail events, newest first" />}
          {more && (
            <button type="button" className="button" onClick={loadMore} aria-busy={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more events'}
            </button>
          )}
        </section>
      )}
    </main>
  )
}

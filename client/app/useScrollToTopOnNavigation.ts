import { useEffect } from 'react'
import { useLocation } from 'react-router'

/** A new page starts at its top, as it would after a full page load. */
export function useScrollToTopOnNavigation(): void {
  const { pathname } = useLocation()
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])
}

import { useEffect } from 'react'

/** Each page names itself in the browser tab and for screen readers arriving on it (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Kinmap` : 'Kinmap'
  }, [title])
}

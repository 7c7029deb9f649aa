import { Link } from 'react-router'
import { usePageTitle } from './usePageTitle'

export function NotFoundPage() {
  usePageTitle('Page not found')
  return (
    <main id="main" className="page page--narrow">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to your maps</Link>.
      </p>
    </main>
  )
}

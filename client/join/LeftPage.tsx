import { usePageTitle } from '../app/usePageTitle'
import '../session/session.css'

/** Where a family or network member lands after leaving: no sign-in form, since they have no account. */
export function LeftPage() {
  usePageTitle('You have left the map')
  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <p className="sign-in__brand">Kinmap</p>
        <h1>You have left the map</h1>
        <p>To come back, open your invitation link again on this device. It works until the date the worker gave you.</p>
      </div>
    </main>
  )
}

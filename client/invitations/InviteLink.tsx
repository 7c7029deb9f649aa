import { useState } from 'react'
import type { Person } from '../../shared/model'
import { formatLondonDateTime } from '../../shared/london-time'

/**
 * A new link, shown once: the server keeps only its fingerprint, so this is the only time anyone
 * can copy it. Staff send it themselves (text, email) to the one person it is for.
 */
export function InviteLink({ person, link, expiresAt }: { person: Person; link: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false)
  const fieldId = `invite-link-${person.id}`
  return (
    <div className="invite-link">
      <label htmlFor={fieldId}>Link for {person.name} only</label>
      <input id={fieldId} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        className="button button--primary"
        onClick={async () => {
          // The clipboard needs HTTPS (or localhost); without it the link stays selectable above.
          setCopied((await navigator.clipboard?.writeText(link).then(() => true, () => false)) ?? false)
        }}
      >
        Copy link
      </button>
      <p role="status" className="invite-link__note">
        {copied ? 'Copied. ' : ''}It works until {formatLondonDateTime(expiresAt)}, on the first device that opens it. It is shown only now.
      </p>
    </div>
  )
}

import { useEffect, useRef } from 'react'

/** A side panel's heading; it takes the keyboard when the panel opens, so the panel is found at once. */
export function PanelHeading({ title, onClose }: { title: string; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="panel-heading">
      <h2 id="map-panel-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <button type="button" className="button button--quiet" onClick={onClose}>
        Close<span className="visually-hidden"> {title.toLowerCase()} panel</span>
      </button>
    </div>
  )
}

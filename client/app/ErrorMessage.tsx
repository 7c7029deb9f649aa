/** A problem to tell the person about, announced as soon as it appears. */
export function ErrorMessage({ message, id }: { message: string | null | undefined; id?: string }) {
  // The alert container stays in the page so screen readers announce the message when it arrives.
  return (
    <div role="alert" id={id} className={message ? 'notice notice--error' : 'visually-hidden'}>
      {message}
    </div>
  )
}

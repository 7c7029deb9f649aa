import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { FRAMEWORK_NAMES, FRAMEWORKS, type Framework } from '../../shared/framework'
import { createMap } from '../http/maps'
import { ErrorMessage } from '../app/ErrorMessage'
import { TextField } from '../app/TextField'

// When each framework is used (DOMAIN.md, "The map"), to help the person choose.
const FRAMEWORK_HINTS: Record<Framework, string> = {
  safety: 'Child protection.',
  wellbeing: 'Early help and child in need.',
  success: 'Children looked after and care leavers.',
}

interface ChildDraft {
  key: number
  name: string
}

export function NewMapForm() {
  const navigate = useNavigate()
  const [title, setTitle] = useState('')
  const [children, setChildren] = useState<ChildDraft[]>([{ key: 0, name: '' }])
  const [framework, setFramework] = useState<Framework>('safety')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const nextKey = useRef(1)
  const focusChild = useRef<number | null>(null)
  const childInputs = useRef(new Map<number, HTMLInputElement>())

  // After adding or removing a child's row, put the keyboard where the person expects it.
  useEffect(() => {
    if (focusChild.current === null) return
    childInputs.current.get(focusChild.current)?.focus()
    focusChild.current = null
  }, [children])

  function addChild() {
    const key = nextKey.current++
    focusChild.current = key
    setChildren((current) => [...current, { key, name: '' }])
  }

  function removeChild(index: number) {
    focusChild.current = children[index === 0 ? 1 : index - 1]?.key ?? null
    setChildren((current) => current.filter((_, position) => position !== index))
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const names = children.map((child) => child.name.trim()).filter(Boolean)
    if (!title.trim()) return setError('Give the map a title.')
    if (names.length === 0) return setError('Enter the name of at least one child the map is about.')
    setBusy(true)
    setError(null)
    try {
      const { id } = await createMap({ title: title.trim(), framework, children: names.map((name) => ({ name })) })
      navigate(`/maps/${encodeURIComponent(id)}`)
    } catch (failure) {
      setError((failure as Error).message)
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="new-map-heading" className="new-map panel">
      <h2 id="new-map-heading">New map</h2>
      <form onSubmit={handleSubmit} className="form" noValidate>
        <ErrorMessage message={error} />
        <TextField id="new-map-title" label="Title" required maxLength={200} value={title} onValue={setTitle} />
        <fieldset className="fieldset">
          <legend>Children the map is about</legend>
          {children.map((child, index) => (
            <div className="field field--row" key={child.key}>
              <label htmlFor={`new-map-child-${child.key}`} className="visually-hidden">
                Child {index + 1}, full name
              </label>
              <input
                id={`new-map-child-${child.key}`}
                ref={(element) => {
                  if (element) childInputs.current.set(child.key, element)
                  else childInputs.current.delete(child.key)
                }}
                autoComplete="off"
                maxLength={120}
                placeholder="Full name"
                value={child.name}
                onChange={(event) =>
                  setChildren((current) => current.map((row) => (row.key === child.key ? { ...row, name: event.target.value } : row)))
                }
              />
              {children.length > 1 && (
                <button type="button" className="button button--quiet" onClick={() => removeChild(index)}>
                  Remove<span className="visually-hidden"> child {index + 1}</span>
                </button>
              )}
            </div>
          ))}
          <button type="button" className="button" onClick={addChild}>
            Add another child
          </button>
        </fieldset>
        <fieldset className="fieldset">
          <legend>Framework</legend>
          {FRAMEWORKS.map((choice) => (
            <div className="choice" key={choice}>
              <input
                type="radio"
                id={`new-map-framework-${choice}`}
                name="framework"
                value={choice}
                checked={framework === choice}
                onChange={() => setFramework(choice)}
                aria-describedby={`new-map-framework-${choice}-hint`}
              />
              <label htmlFor={`new-map-framework-${choice}`}>{FRAMEWORK_NAMES[choice]}</label>
              <span className="choice__hint" id={`new-map-framework-${choice}-hint`}>
                {FRAMEWORK_HINTS[choice]}
              </span>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create map'}
        </button>
      </form>
    </section>
  )
}

import { focusRequestsContext } from '../app/focusRequests'

export type FocusTarget = `card:${string}:text` | `card:${string}:move` | `domain:${string}`

export const { Context: FocusRequestsContext, useFocusRequests } = focusRequestsContext<FocusTarget>()

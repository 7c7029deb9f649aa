import { focusRequestsContext } from '../app/focusRequests'

export const { Context: AnalysisFocusContext, useFocusRequests: useAnalysisFocus } = focusRequestsContext<string>()

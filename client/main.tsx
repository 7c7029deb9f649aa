import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { z } from 'zod'
import { App } from './app/App'
import { SessionProvider } from './session/SessionContext'
import './styles/base.css'

// The Content-Security-Policy forbids eval: without this, zod probes for it and every page load
// reports a refused script.
z.config({ jitless: true })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
)

import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The client lives in client/ and is served, built, by the Kinmap server (one origin for pages,
// API and sync, so the session cookie covers all three).
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // Nothing inlined as a data: URL: the server's Content Security Policy does not let the page
  // fetch data: URLs (tldraw fetches its translation files).
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 4000, assetsInlineLimit: 0 },
  resolve: { dedupe: ['yjs', 'y-protocols', 'lib0', '@tiptap/core', '@tiptap/pm', 'react', 'react-dom'] },
  // Vite's pre-bundler can leave tldraw's `?url` asset imports undefined (TECH-NOTES §1.2).
  optimizeDeps: { exclude: ['@tldraw/assets', '@tldraw/assets/imports.vite'] },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/sync': { target: 'ws://localhost:3000', ws: true },
    },
  },
})

// Vite's client types (asset `?url` imports) for the renderer.
/// <reference types="vite/client" />

// Vite for the Consilium web app. Run from the repository root:
//   npx vite --config apps/web/vite.config.mts                 (dev server on :5173)
//   npx vite build --config apps/web/vite.config.mts           (→ apps/web/dist)
//   npx vite preview --config apps/web/vite.config.mts --port 4173
// /graphql, /health and /socket.io (WebSocket) are proxied to the API at CONSILIUM_API_URL (default 127.0.0.1:3000),
// so the browser talks to one origin and no CORS configuration is needed.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiUrl = process.env['CONSILIUM_API_URL'] ?? 'http://127.0.0.1:3000';

const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl },
  '/health': { target: apiUrl },
  // The live meeting room (Socket.IO, namespace /live) over WebSocket.
  '/socket.io': { target: apiUrl, ws: true },
};

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@consilium/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
      // Pure TypeScript rules, shared with the server: the report editor computes the response live.
      '@consilium/clinical-rules': fileURLToPath(new URL('../../libs/clinical-rules/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy,
  },
  preview: {
    // Overridable with `vite preview --port <n>`.
    port: 4173,
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});

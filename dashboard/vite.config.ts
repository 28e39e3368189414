// Vite build of the dashboard: dashboard/ → dist/dashboard/, which `marsad serve` serves at /.
// `npm run dashboard:dev` serves it with hot reload and sends /api to a running `marsad serve`
// (MARSAD_API, default http://127.0.0.1:8787).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': process.env.MARSAD_API ?? 'http://127.0.0.1:8787' },
  },
});

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Built into dist/web, beside the services, where the gateway serves it from (its main.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    // The budget (350 KB of gzipped JS for the first page) is measured by bench/web-budget.ts
    // (npm run bench:web); every page, the login and the 404 are chunks of their own.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd marks its modules "use client" (for React server components), which a SPA ignores.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run web:dev`: the API of a running stack (GATEWAY_URL) behind the dev server.
    proxy: Object.fromEntries(
      ['/api', '/docs', '/health'].map((path) => [
        path,
        process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000',
      ]),
    ),
  },
});

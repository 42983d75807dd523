import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app, built to apps/web/dist and served by the API at the same origin. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    rollupOptions: {
      // Ant Design marks modules "use client" for server frameworks; a plain bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npx vite apps/web` with hot reload, the API on its usual port behind it.
    proxy: Object.fromEntries(
      [
        '/auth',
        '/tasks',
        '/directives',
        '/units',
        '/org',
        '/admin',
        '/calendar',
        '/audit',
        '/series',
        '/reports',
        '/me',
      ].map((p) => [p, { target: 'http://127.0.0.1:3000', changeOrigin: false }]),
    ),
  },
});

import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The bundles go straight into the gateway's served resources (target/classes/static/assets), never into Git.
// Each entry keeps the name its HTML page loads; chunks shared between entries get a content hash.
const outDir = process.env.LACHAN_PORTAL_OUT ?? resolve(import.meta.dirname, '../target/classes/static/assets');

export default defineConfig({
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        portal: resolve(import.meta.dirname, 'src/shell/portal.ts'),
        public: resolve(import.meta.dirname, 'src/public/main.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        // a page's chunk is named after its folder: pages/tips-<hash>.js
        chunkFileNames: (chunk) => {
          const page = /pages\/([^/]+)\/page\.ts$/.exec(chunk.facadeModuleId ?? '');
          return page ? `pages/${page[1]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});

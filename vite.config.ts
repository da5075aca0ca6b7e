import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: built once into dist/renderer, served by Electron (app://) and by the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});

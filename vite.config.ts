import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

const root = resolve(import.meta.dirname, 'renderer');

/**
 * Every window is its own page. Lab pages are test benches for one feature each (used by
 * Playwright and the benchmark); they are built only when present.
 */
const pages = [
  'index', // the browser host: the whole app in one page
  'monitor', // Electron: hidden window with camera + pose
  'app', // Electron: dashboard, settings, onboarding
  'break', // Electron: break window with the routine player
  'overlay', // Electron: click-through glow at the screen edge
  'pose-lab',
  'routines-lab',
  'dashboard-lab',
].filter((name) => existsSync(resolve(root, `${name}.html`)));

export default defineConfig({
  root,
  // Relative asset URLs work both at http://127.0.0.1:PORT/ and at poise://app/.
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: Object.fromEntries(pages.map((name) => [name, resolve(root, `${name}.html`)])),
    },
  },
  resolve: {
    alias: {
      // pose-detection imports @mediapipe/pose for its BlazePose-MediaPipe runtime, which Poise
      // never uses; an empty module keeps ~1 MB of unused code out of the bundle.
      '@mediapipe/pose': resolve(import.meta.dirname, 'renderer/pose/mediapipe-pose-stub.ts'),
    },
  },
  plugins: [
    viteStaticCopy({
      targets: [
        // tfjs wasm binaries, served from our own origin (never a CDN).
        { src: '../node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm', dest: 'wasm' },
        { src: '../models/movenet-lightning/*', dest: 'models/movenet-lightning' },
      ],
    }),
  ],
  preview: { host: '127.0.0.1', strictPort: false },
  server: { host: '127.0.0.1' },
});

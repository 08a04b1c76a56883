import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { withPolicyMetaTag } from './shared/security/content-security-policy.ts';

const root = resolve(import.meta.dirname, 'renderer');

/** Every window is its own page: these are the app, and all that `npm run build` ships. */
export const APP_PAGES = [
  'index', // the browser host: the whole app in one page
  'monitor', // Electron: hidden window with camera + pose
  'app', // Electron: dashboard, settings, onboarding
  'break', // Electron: break window with the routine player
  'overlay', // Electron: click-through glow at the screen edge
] as const;

/**
 * Test benches for one feature each, with hooks that reach inside (e.g. unplugging the camera).
 * Built only in the 'lab' mode that Playwright and the benchmark use, never into the app.
 */
export const LAB_PAGES = ['pose-lab', 'routines-lab', 'dashboard-lab', 'camera-control'] as const;
export const LAB_MODE = 'lab';

export const pagesFor = (mode: string): string[] =>
  [...APP_PAGES, ...(mode === LAB_MODE ? LAB_PAGES : [])].filter((name) =>
    existsSync(resolve(root, `${name}.html`)),
  );

/** Every page gets the one Content-Security-Policy, in dev, preview and build alike. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'poise-content-security-policy',
  transformIndexHtml: {
    // Before Vite adds its scripts and stylesheets, so the policy precedes all of them.
    order: 'pre',
    handler: (html, { filename }) => withPolicyMetaTag(html, filename),
  },
});

export default defineConfig(({ mode }) => ({
  root,
  // Relative asset URLs work both at http://127.0.0.1:PORT/ and at poise://app/.
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: Object.fromEntries(
        pagesFor(mode).map((name) => [name, resolve(root, `${name}.html`)]),
      ),
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
    contentSecurityPolicy(),
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
}));

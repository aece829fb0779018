import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const serverPort = process.env.SERVER_PORT ?? '8080';
const target = `http://localhost:${serverPort}`;

/**
 * The workshop client: React, and a PWA whose service worker keeps the app shell offline
 * (never the API, the sync socket or the insights app, which the server serves under /insights/).
 */
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg', 'icon-maskable.svg'],
      manifest: {
        name: '地域福祉ワークショップ',
        short_name: 'ワークショップ',
        description: '地域福祉計画のワークショップで、タブレットからアイデアを出し合うライブボード',
        lang: 'ja',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/insights(\/|$)/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Every browser the tablets run supports <link rel=modulepreload>: no polyfill on the start-up path.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The model is pure (no DOM, no globals): let unused schemas, SQL and sample data drop out.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]model[\\/]src[\\/]/.test(id) },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target, changeOrigin: false },
      '/sync': { target: target.replace('http', 'ws'), ws: true },
      '/insights': { target, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target },
      '/sync': { target: target.replace('http', 'ws'), ws: true },
    },
  },
});

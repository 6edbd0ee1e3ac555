import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173 },
  preview: { port: 4173 },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});

// Electron main-process entry, bundled to dist/electron/main.cjs by scripts/build-main.mjs.
import { startApp } from './start';

startApp({ distDir: __dirname, env: process.env });

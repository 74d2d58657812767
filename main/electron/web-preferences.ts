// The one set of webPreferences every window gets (Electron security checklist items 2–4, 6, 8–12).
import type { WebPreferences } from 'electron';

export interface PreferenceOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  readonly preload: string;
  /** DevTools only in development (`!app.isPackaged`). */
  readonly devTools: boolean;
}

export function secureWebPreferences({ preload, devTools }: PreferenceOptions): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

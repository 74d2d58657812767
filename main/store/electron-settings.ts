// The settings file through electron-store, for the Electron shell only (electron-store imports electron at load).
import ElectronStore from 'electron-store';
import type { KeyValueFactory } from './settings-store';

export const electronStoreFactory: KeyValueFactory = ({ cwd, name }) =>
  new ElectronStore<Record<string, unknown>>({
    cwd,
    name,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  });

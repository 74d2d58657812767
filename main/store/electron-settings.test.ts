// electron-store (with the mocked electron module) writes the same settings.json that conf reads under plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { electronStoreFactory } from './electron-settings';
import { SettingsStore } from './settings-store';
import { removeDir, tempDataDir } from './test-support';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

let dir: string;
beforeEach(() => {
  dir = tempDataDir('estore');
});
afterEach(() => removeDir(dir));

it('shares one settings file between the Electron shell and plain Node', () => {
  const inElectron = new SettingsStore({
    dataDir: dir,
    factory: electronStoreFactory,
    documentsDir: '/docs',
  });
  inElectron.set({ defaultAgency: 'XX县人民政府办公室', deadline: '01-20' });
  expect(fs.existsSync(path.join(dir, 'settings.json'))).toBe(true);
  const underNode = new SettingsStore({ dataDir: dir, documentsDir: '/docs' });
  expect(underNode.get()).toMatchObject({ defaultAgency: 'XX县人民政府办公室', deadline: '01-20' });
});

it('never lets electron-store reset a damaged file: it is quarantined unchanged', () => {
  fs.writeFileSync(path.join(dir, 'settings.json'), '{"defaultAgency":');
  const s = new SettingsStore({ dataDir: dir, factory: electronStoreFactory });
  expect(s.get().defaultAgency).toBe('');
  const q = fs.readdirSync(path.join(dir, 'quarantine'));
  expect(fs.readFileSync(path.join(dir, 'quarantine', q[0] ?? ''), 'utf8')).toBe('{"defaultAgency":');
});

// Settings through conf: defaults, partial updates, and a damaged file quarantined byte for byte (never cleared).
import fs from 'node:fs';
import path from 'node:path';
import { SettingsStore } from './settings-store';
import { removeDir, tempDataDir } from './test-support';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

let dir: string;
beforeEach(() => {
  dir = tempDataDir('settings');
});
afterEach(() => removeDir(dir));

describe('SettingsStore', () => {
  it('starts from defaults and keeps partial updates in settings.json', () => {
    const s = new SettingsStore({ dataDir: dir, documentsDir: '/docs' });
    expect(s.get()).toEqual({
      defaultAgency: '',
      exportDir: path.join('/docs', '年报导出'),
      deadline: '01-31',
    });
    s.set({ defaultAgency: 'XX区政府办' });
    const again = new SettingsStore({ dataDir: dir, documentsDir: '/docs' });
    expect(again.get().defaultAgency).toBe('XX区政府办');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      defaultAgency: 'XX区政府办',
    });
  });

  it('falls back to <dataDir>/exports without a home folder only when no documents folder is known', () => {
    const s = new SettingsStore({ dataDir: dir });
    expect(s.get().exportDir).toMatch(/年报导出$|exports$/);
  });

  it('refuses invalid values and keeps the old settings', () => {
    const s = new SettingsStore({ dataDir: dir });
    s.set({ deadline: '02-15' });
    expect(() => s.set({ deadline: '2月15日' })).toThrow(/设置内容不正确/);
    expect(s.get().deadline).toBe('02-15');
  });

  it('ignores a stored export folder that is relative or a network path (hand-edited file)', () => {
    for (const bad of ['exports', '\\\\server\\share', '//server/share']) {
      fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ exportDir: bad }));
      const s = new SettingsStore({ dataDir: dir, documentsDir: '/docs' });
      expect(s.get().exportDir).toBe(path.join('/docs', '年报导出'));
    }
  });

  it('moves a damaged settings file to quarantine unchanged and uses defaults, with a notice', () => {
    const garbage = Buffer.from('{"defaultAgency": "XX', 'utf8');
    fs.writeFileSync(path.join(dir, 'settings.json'), garbage);
    const s = new SettingsStore({ dataDir: dir, documentsDir: '/docs' });
    expect(s.get().defaultAgency).toBe('');
    const q = fs.readdirSync(path.join(dir, 'quarantine'));
    expect(q).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'quarantine', q[0]!)).equals(garbage)).toBe(true);
    expect(s.takeNotices()[0]).toMatch(/设置文件损坏/);
    s.set({ defaultAgency: '新' });
    expect(new SettingsStore({ dataDir: dir }).get().defaultAgency).toBe('新');
  });
});

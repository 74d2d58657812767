// Data dir resolution: --data-dir, then NIANBAO_DATA_DIR, then the OS per-user application-data folder.
import { resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  const home = '/home/clerk';

  it('prefers --data-dir, then NIANBAO_DATA_DIR, resolving relative paths from the current directory', () => {
    const env = { NIANBAO_DATA_DIR: '/srv/nb' };
    expect(resolveDataDir({ dataDir: 'data', env, cwd: '/work', platform: 'linux', homedir: home })).toBe(
      '/work/data',
    );
    expect(resolveDataDir({ env, platform: 'linux', homedir: home })).toBe('/srv/nb');
    expect(resolveDataDir({ dataDir: '  ', env: {}, platform: 'linux', homedir: home })).toBe(
      '/home/clerk/.config/nianbao',
    );
  });

  it('uses the per-user application-data folder of each OS', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', homedir: home })).toBe('/home/clerk/.config/nianbao');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/x/cfg' }, platform: 'linux', homedir: home })).toBe(
      '/x/cfg/nianbao',
    );
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: 'relative' }, platform: 'linux', homedir: home })).toBe(
      '/home/clerk/.config/nianbao',
    );
    expect(resolveDataDir({ env: {}, platform: 'darwin', homedir: '/Users/c' })).toBe(
      '/Users/c/Library/Application Support/nianbao',
    );
    expect(
      resolveDataDir({
        env: { APPDATA: 'C:\\Users\\c\\AppData\\Roaming' },
        platform: 'win32',
        homedir: 'C:\\Users\\c',
      }),
    ).toBe('C:\\Users\\c\\AppData\\Roaming\\nianbao');
    expect(resolveDataDir({ env: {}, platform: 'win32', homedir: 'C:\\Users\\c' })).toBe(
      'C:\\Users\\c\\AppData\\Roaming\\nianbao',
    );
  });
});

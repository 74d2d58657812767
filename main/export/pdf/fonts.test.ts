// Font selection: installed 公文 fonts (by file name) win over the bundled ones; per-character fallback; unusable files skipped.
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FONTS_DIR, tmpDir } from '../test-support/tools';
import { BUNDLED, BUNDLED_FALLBACK } from './font-files';
import { loadFontSet } from './fonts';

describe('loadFontSet', () => {
  it('uses the bundled Fandol faces when no 公文 font is installed', () => {
    const fonts = loadFontSet({ searchDirs: [tmpDir()], bundledDir: FONTS_DIR });
    expect(fonts.face('body').key).toBe(path.join(FONTS_DIR, BUNDLED.body));
    expect(fonts.face('body').source).toBe('bundled');
    expect(fonts.face('heading1').name).toContain('FandolHei');
    expect(fonts.fallback.key).toBe(path.join(FONTS_DIR, BUNDLED_FALLBACK));
  });

  it('prefers an installed 仿宋_GB2312 / simfang.ttf found in a sub-folder, case-insensitively', () => {
    const dir = tmpDir();
    mkdirSync(path.join(dir, 'chinese'));
    // a real font file under the name a clerk's machine uses
    copyFileSync(path.join(FONTS_DIR, 'FandolKai-Regular.otf'), path.join(dir, 'chinese', 'SIMFANG.TTF'));
    const fonts = loadFontSet({ searchDirs: [dir], bundledDir: FONTS_DIR });
    expect(fonts.face('body').source).toBe('installed');
    expect(fonts.face('body').key).toBe(path.join(dir, 'chinese', 'SIMFANG.TTF'));
    expect(fonts.face('heading1').source).toBe('bundled');
  });

  it('skips an installed file that is not a usable font', () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, 'simhei.ttf'), 'not a font');
    const fonts = loadFontSet({ searchDirs: [dir], bundledDir: FONTS_DIR });
    expect(fonts.face('heading1').source).toBe('bundled');
  });

  it('falls back per character for names outside GB2312', () => {
    const fonts = loadFontSet({ searchDirs: [], bundledDir: FONTS_DIR });
    expect(fonts.face('body').has('喆')).toBe(false);
    expect(fonts.faceFor('body', '喆')).toBe(fonts.fallback);
    expect(fonts.faceFor('body', '王')).toBe(fonts.face('body'));
    expect(fonts.face('body').advance('王')).toBeCloseTo(1, 1);
    expect(fonts.face('body').advance('1')).toBeLessThan(0.7);
  });

  it('covers supplementary-plane characters of the 通用规范汉字表 (𬌗 𬇙 𫓧 𬉼 𥻗) with the fallback', () => {
    const fonts = loadFontSet({ searchDirs: [], bundledDir: FONTS_DIR });
    for (const ch of ['𬌗', '𬇙', '𫓧', '𬉼', '𥻗']) {
      expect(fonts.face('body').has(ch)).toBe(false);
      expect(fonts.fallback.has(ch)).toBe(true);
      expect(fonts.faceFor('body', ch)).toBe(fonts.fallback);
      expect(fonts.fallback.advance(ch)).toBeCloseTo(1, 1);
    }
  });

  it('opens a bundled font only when it is used: a damaged one fails then, a missing one at once', () => {
    const dir = tmpDir();
    const broken = path.join(dir, 'broken');
    mkdirSync(broken);
    for (const file of new Set([...Object.values(BUNDLED), BUNDLED_FALLBACK])) {
      if (file === BUNDLED.heading2) writeFileSync(path.join(broken, file), 'not a font');
      else symlinkSync(path.join(FONTS_DIR, file), path.join(broken, file));
    }
    const fonts = loadFontSet({ searchDirs: [], bundledDir: broken });
    expect(fonts.face('body').has('王')).toBe(true);
    expect(() => fonts.face('heading2').has('王')).toThrow(`内置字体 ${BUNDLED.heading2} 无法读取`);

    const missing = path.join(dir, 'missing');
    mkdirSync(missing);
    symlinkSync(path.join(FONTS_DIR, BUNDLED.body), path.join(missing, BUNDLED.body));
    expect(() => loadFontSet({ searchDirs: [], bundledDir: missing })).toThrow('无法读取');
  });
});

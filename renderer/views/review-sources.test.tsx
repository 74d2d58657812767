// The typed path of 审核与汇总 must be a full path (Windows drive, UNC or POSIX); anything else gets one Chinese line.
import { pathProblem } from './review-sources';

describe('pathProblem', () => {
  it('accepts full Windows, UNC and POSIX paths', () => {
    for (const p of [
      'D:\\年报\\各单位',
      'c:/reports',
      '\\\\server\\share\\年报',
      '/home/user/年报',
      '  /tmp/x  ',
    ]) {
      expect(pathProblem(p)).toBeNull();
    }
  });

  it('refuses blank and relative paths', () => {
    expect(pathProblem('  ')).toBe('请填写文件或文件夹的路径');
    for (const p of ['各单位', './年报', 'D:年报', '~/年报'])
      expect(pathProblem(p)).toMatch(/^请填写完整路径/);
  });
});

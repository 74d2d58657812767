// The same file imported twice is recognised while the report it became exists; other content is not.
import { earlierImport, fileHash, rememberImport } from './import-memory';

describe('import memory', () => {
  beforeEach(() => localStorage.clear());
  it('recognises the same content, not a different one, and forgets deleted reports', () => {
    const a = fileHash('QUJD');
    rememberImport(a, { name: '年报.html', draftId: 'd1', at: '2026-01-02T00:00:00Z' });
    expect(earlierImport(fileHash('QUJD'), new Set(['d1']))).toMatchObject({
      name: '年报.html',
      draftId: 'd1',
    });
    expect(earlierImport(fileHash('QUJE'), new Set(['d1']))).toBeNull();
    expect(earlierImport(a, new Set(['d2']))).toBeNull();
  });
});

// import:file / drafts:importFile by path: only a picked file is read, in main, into the request's bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withPickedBytes } from './picked-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-picked-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('withPickedBytes', () => {
  it('reads a picked file into contentBase64 and drops the path', async () => {
    const file = path.join(dir, '2023年报.txt');
    writeFileSync(file, '年报');
    const req = await withPickedBytes(
      { fileName: '2023年报.txt', path: file, asPrevious: true },
      (p) => p === file,
    );
    expect(req).toEqual({
      fileName: '2023年报.txt',
      asPrevious: true,
      contentBase64: Buffer.from('年报').toString('base64'),
    });
  });

  it('refuses a path the clerk did not pick, in Chinese', async () => {
    const file = path.join(dir, 'secret.txt');
    writeFileSync(file, 'x');
    await expect(withPickedBytes({ fileName: 'secret.txt', path: file }, () => false)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/只能导入在“打开”对话框中选择的文件/),
    });
  });

  it('says plainly when the picked file is gone or is a folder', async () => {
    await expect(
      withPickedBytes({ fileName: 'gone.txt', path: path.join(dir, 'gone.txt') }, () => true),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(withPickedBytes({ fileName: 'd', path: dir }, () => true)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '所选项目不是文件。',
    });
  });

  it('leaves a request that carries the bytes alone', async () => {
    const req = { fileName: 'a.txt', contentBase64: 'QUJD' };
    expect(await withPickedBytes(req, () => false)).toBe(req);
  });
});

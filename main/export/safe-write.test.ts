// Safe writing: atomic replace, no silent overwrite, no temp files left behind, clear messages for locked files and full disks.
import { promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { tmpDir } from './test-support/tools';
import { writeError, writeFileSafely } from './safe-write';

const errno = (code: string) => Object.assign(new Error(code), { code });

afterEach(() => jest.restoreAllMocks());

describe('writeFileSafely', () => {
  it('writes a new file and leaves nothing else in the folder', async () => {
    const dir = tmpDir();
    await writeFileSafely(path.join(dir, '报告.pdf'), new Uint8Array([1, 2, 3]));
    expect(readdirSync(dir)).toEqual(['报告.pdf']);
    expect([...readFileSync(path.join(dir, '报告.pdf'))]).toEqual([1, 2, 3]);
  });

  it('refuses to overwrite an existing file unless asked, keeping its content', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '报告.docx');
    writeFileSync(file, 'old');
    await expect(writeFileSafely(file, 'new')).rejects.toMatchObject({
      code: 'EXISTS',
      message: '文件“报告.docx”已存在，是否覆盖？',
    });
    expect(readFileSync(file, 'utf8')).toBe('old');
    await writeFileSafely(file, 'new', true);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('reports a file locked by Word/WPS in Chinese and keeps the old file intact', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '报告.docx');
    writeFileSync(file, 'old');
    jest.spyOn(fs, 'rename').mockRejectedValueOnce(errno('EBUSY'));
    const err = await writeFileSafely(file, 'new', true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'FILE_BUSY' });
    expect((err as AppError).message).toContain('Word、WPS');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('cleans up the temp file when the disk is full', async () => {
    const dir = tmpDir();
    jest.spyOn(fs, 'link').mockRejectedValueOnce(errno('ENOSPC'));
    jest.spyOn(fs, 'rename').mockRejectedValueOnce(errno('ENOSPC'));
    await expect(writeFileSafely(path.join(dir, 'a.pdf'), 'x')).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when the folder does not exist', async () => {
    const dir = tmpDir();
    await expect(writeFileSafely(path.join(dir, 'missing', 'a.pdf'), 'x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('writeError', () => {
  it('maps permission errors (Windows sharing violations surface as EPERM/EBUSY) to FILE_BUSY', () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES'])
      expect(writeError(errno(code), 'C:/x/报告.pdf').code).toBe('FILE_BUSY');
    expect(writeError(errno('EIO'), 'a.pdf').code).toBe('IO');
  });
});

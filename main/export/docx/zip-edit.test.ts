// The ZIP writer: a package from parts, and the in-place edit (edited parts changed, the others byte-identical);
// both valid for JSZip.
import JSZip from 'jszip';
import { editZipText, zipParts } from './zip-edit';

async function sample(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/styles.xml', '<w:styles>样式</w:styles>');
  zip.file('word/media/a.bin', new Uint8Array([0, 1, 2, 3, 255]), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('editZipText', () => {
  it('rewrites the named parts and keeps the others', async () => {
    const edited = editZipText(await sample(), {
      'word/styles.xml': (xml) => xml.replace('样式', '仿宋_GB2312'),
      'word/missing.xml': () => 'never',
    });
    const zip = await JSZip.loadAsync(edited, { checkCRC32: true });
    expect(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['[Content_Types].xml', 'word/media/a.bin', 'word/styles.xml']);
    expect(await zip.file('word/styles.xml')?.async('string')).toBe('<w:styles>仿宋_GB2312</w:styles>');
    expect(await zip.file('[Content_Types].xml')?.async('string')).toBe('<Types/>');
    expect([...((await zip.file('word/media/a.bin')?.async('uint8array')) ?? [])]).toEqual([0, 1, 2, 3, 255]);
  });

  it('refuses bytes that are not a ZIP package', () => {
    expect(() => editZipText(new Uint8Array(40), {})).toThrow();
  });
});

describe('zipParts', () => {
  it('zips text and bytes in order, with checksums and the given date', async () => {
    const bytes = new Uint8Array([0, 1, 2, 3, 255]);
    const when = new Date(2025, 0, 20, 9, 30, 4);
    const zipped = zipParts(
      [
        ['[Content_Types].xml', '<Types/>'],
        ['word/styles.xml', '<w:styles>仿宋_GB2312</w:styles>'],
        ['word/media/a.bin', bytes],
      ],
      when,
    );
    const zip = await JSZip.loadAsync(zipped, { checkCRC32: true });
    const files = Object.values(zip.files).filter((f) => !f.dir);
    expect(files.map((f) => f.name)).toEqual(['[Content_Types].xml', 'word/styles.xml', 'word/media/a.bin']);
    expect(await zip.file('word/styles.xml')?.async('string')).toBe('<w:styles>仿宋_GB2312</w:styles>');
    expect([...((await zip.file('word/media/a.bin')?.async('uint8array')) ?? [])]).toEqual([...bytes]);
    expect(files[0]?.date.getMinutes()).toBe(30);
    // A package of parts can be edited in place afterwards.
    const edited = editZipText(zipped, { '[Content_Types].xml': () => '<Types></Types>' });
    expect(await (await JSZip.loadAsync(edited)).file('[Content_Types].xml')?.async('string')).toBe(
      '<Types></Types>',
    );
  });
});

// A hostile web page imported from 我的年报: the clerk sees one Chinese line, and the next import works as usual.
import path from 'node:path';
import { spanTable } from '../main/import/__fixtures__/hostile';
import { ROOT, SCREENSHOTS, expect, test } from './fixtures';

test('a page of 200×200 merged cells is refused with one line; a real report imports right after', async ({
  browser,
  app,
}) => {
  const page = await browser.newPage();
  try {
    await page.goto(app.launchUrl);
    await expect(page.getByRole('heading', { name: '我的年报' })).toBeVisible();
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入（草稿文件或已发布的年报）' }).click();
    await (
      await chooser
    ).setFiles({ name: 'span.html', mimeType: 'text/html', buffer: Buffer.from(spanTable()) });
    await expect(page.getByText(/网页中的表格过大/)).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-hostile.png') });

    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入（草稿文件或已发布的年报）' }).click();
    await (await chooser).setFiles(path.join(ROOT, 'main', 'import', '__fixtures__', 'report-2021.html'));
    await expect(page.getByRole('dialog', { name: '导入结果' })).toContainText(
      '示例县青山镇人民政府，2023 年度',
    );
  } finally {
    await page.close();
  }
});

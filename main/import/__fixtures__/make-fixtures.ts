// Regenerates the import fixtures: node bin/run-ts.mjs main/import/__fixtures__/make-fixtures.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import iconv from 'iconv-lite';
import { BLOCKS, fixtureHtml } from './fixture-report';

const dir = path.dirname(fileURLToPath(import.meta.url));

function docxTable(rows: readonly (readonly { text: string; cs?: number; rs?: number }[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          children: r.map(
            (cell) =>
              new TableCell({
                children: [new Paragraph(cell.text)],
                ...(cell.cs ? { columnSpan: cell.cs } : {}),
                ...(cell.rs ? { rowSpan: cell.rs } : {}),
              }),
          ),
        }),
    ),
  });
}

async function main(): Promise<void> {
  writeFileSync(path.join(dir, 'report-2021.html'), fixtureHtml());
  writeFileSync(path.join(dir, 'report-2021-gbk.html'), iconv.encode(fixtureHtml('gbk'), 'gbk'));
  const children = BLOCKS.map((b) => ('p' in b ? new Paragraph(b.p) : docxTable(b.table)));
  const doc = new Document({ sections: [{ children }] });
  writeFileSync(path.join(dir, 'report-2021.docx'), await Packer.toBuffer(doc));
}

await main();

// Borders read from page content streams: lines and thin bars through q/cm/Q and form XObjects; clips, fills and text ignored.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { borderReader } from './pdf-paths';

describe('borderReader', () => {
  it('finds stroked lines and thin filled bars in page space, page by page', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const one = doc.addPage([600, 800]);
    one.drawLine({ start: { x: 50, y: 700 }, end: { x: 550, y: 700 }, thickness: 0.5 });
    one.drawRectangle({ x: 50, y: 600, width: 1, height: 100 }); // a filled vertical bar
    one.drawRectangle({ x: 100, y: 100, width: 200, height: 200 }); // a filled box: not a border
    one.drawText('(not a path) 12 34 re f', { x: 60, y: 650, size: 10, font });
    const two = doc.addPage([600, 800]);
    two.drawLine({ start: { x: 10, y: 10 }, end: { x: 10, y: 90 }, thickness: 1 });
    const borders = await borderReader(await doc.save());
    const round = (s: { horizontal: boolean; at: number; from: number; to: number }) =>
      [s.horizontal ? 'H' : 'V', Math.round(s.at), Math.round(s.from), Math.round(s.to)].join(' ');
    expect(borders?.(0).map(round)).toEqual(['H 700 50 550', 'V 51 600 700']);
    expect(borders?.(1).map(round)).toEqual(['V 10 10 90']);
  });

  it('gives up quietly on a file pdf-lib cannot read', async () => {
    expect(await borderReader(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj <<')))).toBeNull();
  });
});

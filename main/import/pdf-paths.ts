// Table borders straight from a PDF's page content streams (pdf-lib finds them, a small tokenizer reads the path operators): far quicker than having pdf.js draw the page.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { IDENTITY, multiply, type Matrix } from './pdf-matrix';
import type { Segment } from './pdf-tables';

/** A border is a stroke or a filled bar at most this thick (points), at least MIN_LENGTH long. */
const THIN = 2.5;
const MIN_LENGTH = 4;
/** Past these a page is not a report page (a map, a chart): its borders are not read (the page is read as lines). */
const MAX_SUBPATHS = 20_000;
const MAX_CONTENT_BYTES = 8 * 1024 * 1024;
const MAX_FORM_DEPTH = 4;

class TooMuch extends Error {}

/** One bounding box per subpath, in user space (the transform applies when the path is painted). */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function streamBytes(obj: PDFObject | undefined, doc: PDFDocument): Uint8Array[] {
  const resolved = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (resolved instanceof PDFRawStream) return [decodePDFRawStream(resolved).decode()];
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((o) => streamBytes(o, doc));
  return [];
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
const isDelim = (c: number) =>
  c === 40 ||
  c === 41 ||
  c === 60 ||
  c === 62 ||
  c === 91 ||
  c === 93 ||
  c === 123 ||
  c === 125 ||
  c === 47 ||
  c === 37;

interface Context {
  readonly doc: PDFDocument;
  readonly out: Segment[];
  subpaths: number;
}

/** Reads one content stream (and the form XObjects it draws) for thin painted paths. */
function readContent(
  data: Uint8Array,
  resources: PDFDict | undefined,
  ctm0: Matrix,
  ctx: Context,
  depth: number,
) {
  if (data.length > MAX_CONTENT_BYTES) throw new TooMuch();
  const stack: Matrix[] = [];
  let ctm = ctm0;
  const nums: number[] = [];
  let lastName = '';
  let boxes: Box[] = [];
  let box: Box | null = null;
  const extend = (x: number, y: number) => {
    if (!box) {
      box = { x0: x, y0: y, x1: x, y1: y };
      boxes.push(box);
      if (++ctx.subpaths > MAX_SUBPATHS) throw new TooMuch();
    } else {
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
  };
  const paint = () => {
    for (const b of boxes) {
      const xs = [b.x0, b.x1].flatMap((x) => [b.y0, b.y1].map((y) => ctm[0] * x + ctm[2] * y + ctm[4]));
      const ys = [b.x0, b.x1].flatMap((x) => [b.y0, b.y1].map((y) => ctm[1] * x + ctm[3] * y + ctm[5]));
      const left = Math.min(...xs);
      const right = Math.max(...xs);
      const bottom = Math.min(...ys);
      const top = Math.max(...ys);
      if (top - bottom <= THIN && right - left >= MIN_LENGTH) {
        ctx.out.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
      } else if (right - left <= THIN && top - bottom >= MIN_LENGTH) {
        ctx.out.push({ horizontal: false, at: (left + right) / 2, from: bottom, to: top });
      }
    }
  };
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i] ?? 0;
    if (isSpace(c)) {
      i++;
    } else if (c === 37) {
      while (i < n && data[i] !== 10 && data[i] !== 13) i++;
    } else if (c === 40) {
      // (string) with nesting and escapes
      let level = 0;
      for (; i < n; i++) {
        const d = data[i];
        if (d === 92) i++;
        else if (d === 40) level++;
        else if (d === 41 && --level === 0) break;
      }
      i++;
    } else if (c === 60 && data[i + 1] !== 60) {
      while (i < n && data[i] !== 62) i++;
      i++;
    } else if (c === 60 || c === 62) {
      i += 2;
    } else if (c === 91 || c === 93 || c === 123 || c === 125) {
      i++;
    } else if (c === 47) {
      let j = i + 1;
      while (j < n && !isSpace(data[j] ?? 0) && !isDelim(data[j] ?? 0)) j++;
      lastName = Buffer.from(data.subarray(i + 1, j)).toString('latin1');
      i = j;
    } else if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      let j = i + 1;
      while (j < n && (((data[j] ?? 0) >= 48 && (data[j] ?? 0) <= 57) || data[j] === 46)) j++;
      nums.push(Number(Buffer.from(data.subarray(i, j)).toString('latin1')) || 0);
      i = j;
    } else {
      let j = i + 1;
      while (j < n && !isSpace(data[j] ?? 0) && !isDelim(data[j] ?? 0)) j++;
      const op = Buffer.from(data.subarray(i, j)).toString('latin1');
      i = j;
      const a = nums.slice(-6);
      switch (op) {
        case 'q':
          stack.push(ctm);
          break;
        case 'Q':
          ctm = stack.pop() ?? ctm;
          break;
        case 'cm':
          if (a.length === 6) ctm = multiply(a as unknown as Matrix, ctm);
          break;
        case 're': {
          const [x = 0, y = 0, w = 0, h = 0] = nums.slice(-4);
          box = null;
          extend(x, y);
          extend(x + w, y + h);
          box = null;
          break;
        }
        case 'm':
          box = null;
          extend(nums[nums.length - 2] ?? 0, nums[nums.length - 1] ?? 0);
          break;
        case 'l':
          extend(nums[nums.length - 2] ?? 0, nums[nums.length - 1] ?? 0);
          break;
        case 'c':
        case 'v':
        case 'y':
          for (let k = 0; k + 1 < Math.min(nums.length, 6); k += 2) extend(nums[k] ?? 0, nums[k + 1] ?? 0);
          break;
        case 'S':
        case 's':
        case 'f':
        case 'F':
        case 'f*':
        case 'B':
        case 'B*':
        case 'b':
        case 'b*':
          paint();
          boxes = [];
          box = null;
          break;
        case 'n':
          boxes = [];
          box = null;
          break;
        case 'BI': {
          // inline image: skip its data up to EI
          const ei = Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('EI', i, 'latin1');
          i = ei < 0 ? n : ei + 2;
          break;
        }
        case 'Do':
          if (depth < MAX_FORM_DEPTH) drawForm(lastName, resources, ctm, ctx, depth);
          break;
        default:
      }
      nums.length = 0;
    }
  }
}

function numbersOf(obj: PDFObject | undefined): number[] {
  return obj instanceof PDFArray ? obj.asArray().map((o) => (o instanceof PDFNumber ? o.asNumber() : 0)) : [];
}

function drawForm(name: string, resources: PDFDict | undefined, ctm: Matrix, ctx: Context, depth: number) {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const ref = xobjects?.get(PDFName.of(name));
  const form = ref instanceof PDFRef ? ctx.doc.context.lookup(ref) : ref;
  if (!(form instanceof PDFRawStream)) return;
  if (form.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form') return;
  const m = numbersOf(form.dict.get(PDFName.of('Matrix')));
  const matrix = m.length === 6 ? multiply(m as unknown as Matrix, ctm) : ctm;
  const own = form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources;
  readContent(decodePDFRawStream(form).decode(), own, matrix, ctx, depth + 1);
}

/** The thin painted paths of one page (index = page − 1); a page with too many paths gets none. */
export type BorderReader = (index: number) => Segment[];

/**
 * Reads pages' borders on demand (only pages that hold figures are asked for), or null when pdf-lib cannot read the
 * file or it is encrypted (the caller then asks pdf.js).
 */
export async function borderReader(bytes: Uint8Array): Promise<BorderReader | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    return null;
  }
  if (doc.isEncrypted) return null;
  const pages = doc.getPages();
  return (index) => {
    const page = pages[index];
    if (!page) return [];
    const ctx: Context = { doc, out: [], subpaths: 0 };
    try {
      const resources = page.node.Resources();
      for (const data of streamBytes(page.node.get(PDFName.of('Contents')), doc)) {
        readContent(data, resources, IDENTITY, ctx, 0);
      }
      return ctx.out;
    } catch {
      return [];
    }
  };
}

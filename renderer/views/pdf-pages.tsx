// Renders a PDF (base64) into one canvas per page with pdf.js; its worker is bundled, so it works offline under the CSP.
import { useEffect, useRef, useState } from 'react';

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: Promise<PdfJs> | null = null;

/** Loads pdf.js once, on first use (keeps it out of the editor's start-up). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([lib, worker]) => {
      lib.GlobalWorkerOptions.workerSrc = worker.default;
      return lib;
    },
  );
  return pdfjs;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Render scale: 2× CSS pixels of an A4 page at 96 dpi keeps print output sharp. */
const SCALE = 2;

export function PdfPages({
  pdfBase64,
  onRendered,
}: {
  readonly pdfBase64: string;
  readonly onRendered?: (pages: number) => void;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const done = useRef(onRendered);
  useEffect(() => {
    done.current = onRendered;
  });

  useEffect(() => {
    let cancelled = false;
    const target = holder.current;
    if (!target) return;
    const canvases: HTMLCanvasElement[] = [];
    (async () => {
      const lib = await loadPdfJs();
      const doc = await lib.getDocument({
        data: base64ToBytes(pdfBase64),
        isEvalSupported: false,
        useWasm: false,
      }).promise;
      try {
        for (let n = 1; n <= doc.numPages && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: SCALE });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.className = 'pdf-page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `第 ${n} 页`);
          await page.render({ canvas, viewport }).promise;
          canvases.push(canvas);
        }
      } finally {
        void doc.destroy();
      }
      if (cancelled) return;
      target.replaceChildren(...canvases);
      setProblem(null);
      done.current?.(doc.numPages);
    })().catch(() => {
      if (!cancelled) setProblem('预览页面无法显示，请稍后重试或直接导出 PDF。');
    });
    return () => {
      cancelled = true;
    };
  }, [pdfBase64]);

  return (
    <>
      {problem && <p className="error-text">{problem}</p>}
      <div ref={holder} className="pdf-pages print-pages" data-testid="pdf-pages" />
    </>
  );
}

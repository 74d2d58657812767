// Type of pdf.js's worker module, loaded in-process (pdfjs-dist ships no declaration for it).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

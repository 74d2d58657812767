// Lets the clerk choose a file: the native dialog in Electron (main keeps the file: only its path comes back), a file
// input in the browser (its bytes as base64).
import { MAX_FILE_BYTES, fileTooLarge } from '../../shared/ipc/limits';
import type { OpenPurpose } from '../../shared/ipc/shell-channels';
import { getShell } from '../api';
import { ApiError } from '../api/client';

export type PickedFile = { readonly name: string } & (
  { readonly base64: string } | { readonly path: string; readonly contentHash: string }
);

/** The request fields naming a picked file: its content, or the path main remembers as picked. */
export function fileFields(
  file: PickedFile,
): { fileName: string; contentBase64: string } | { fileName: string; path: string } {
  return 'path' in file
    ? { fileName: file.name, path: file.path }
    : { fileName: file.name, contentBase64: file.base64 };
}

const ACCEPT: Readonly<Record<OpenPurpose, string>> = {
  draft: '.json',
  import: '.json,.docx,.html,.htm,.mht,.mhtml,.pdf,.txt',
};

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

function pickInBrowser(purpose: OpenPurpose): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[purpose];
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_FILE_BYTES) throw new ApiError('BAD_REQUEST', fileTooLarge(file.name));
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, base64: toBase64(bytes) };
}

export async function pickFile(purpose: OpenPurpose): Promise<PickedFile | null> {
  const shell = getShell();
  if (shell) {
    const result = await shell['shell:choose-open-file']({ purpose });
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value
      ? { name: result.value.name, path: result.value.path, contentHash: result.value.contentHash }
      : null;
  }
  const file = await pickInBrowser(purpose);
  return file ? readPickedFile(file) : null;
}

/** A draft file (our JSON envelope) rather than a published report. */
export function isDraftFileName(name: string): boolean {
  return /\.json$/i.test(name);
}

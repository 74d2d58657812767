// Desktop-only channels (native dialogs, open/show exported files, print, menu commands): Electron shell only.
import { z } from 'zod';
import type { Result } from './result';
import { channel, type ChannelDef } from './channel';
import type { MenuCommand } from './shell-names';

/** What a save dialog is for; decides the default file name's extension and the filter. */
export const saveKindSchema = z.enum(['pdf', 'docx', 'html', 'draft']);
export type SaveKind = z.infer<typeof saveKindSchema>;

/** Extensions written for each kind (the draft file is JSON with our envelope). */
export const SAVE_EXTENSIONS: Readonly<Record<SaveKind, string>> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  draft: 'nianbao.json',
};

/** What an open dialog is for: a draft file, or last year's published report to import. */
export const openPurposeSchema = z.enum(['draft', 'import']);
export type OpenPurpose = z.infer<typeof openPurposeSchema>;

const pathSchema = z.string().min(1).max(4096);

export interface OpenedFile {
  readonly name: string;
  readonly path: string;
  readonly size: number;
  /** SHA-256 (hex) of the file's base64 text: the same identity the browser computes (renderer import-memory). */
  readonly contentHash: string;
}

/** The desktop-only channels, declared like the contract's (shared/ipc/channel.ts): request schema + response type. */
export const shellContract = {
  /** 另存为… : native save dialog; resolves to the chosen path, or null when cancelled. */
  'shell:choose-save-path': channel<{ readonly path: string } | null>()(
    z.object({
      kind: saveKindSchema,
      agency: z.string().max(200),
      year: z.number().int().min(2000).max(2100),
    }),
  ),
  /**
   * Native open dialog; resolves to the chosen file's name and path, or null when cancelled. Main remembers the path
   * as picked: import:file and drafts:importFile then read it there (no bytes over IPC).
   */
  'shell:choose-open-file': channel<OpenedFile | null>()(z.object({ purpose: openPurposeSchema })),
  /**
   * Native folder dialog; the path or null. `export-folder`: 选择文件夹 (may create one), opened at the current export
   * folder; `review-sources`: 审核与汇总, the folder of the units' reports.
   */
  'shell:choose-folder': channel<{ readonly path: string } | null>()(
    z.object({
      purpose: z.enum(['export-folder', 'review-sources']),
      current: pathSchema.optional(),
    }),
  ),
  /** Opens a file this app has just exported (.pdf/.docx/.html) in the desktop's default program. */
  'shell:open-exported': channel<{ readonly opened: true }>()(z.object({ path: pathSchema })),
  /** Shows a file this app has just exported in the system file manager. */
  'shell:show-in-folder': channel<{ readonly shown: true }>()(z.object({ path: pathSchema })),
  /** Prints the calling window's print-ready pages through the OS print dialog (never silently). */
  'shell:print': channel<{ readonly printed: boolean }>()(z.object({})),
} as const;

export type ShellContract = typeof shellContract;
export type ShellChannelName = keyof ShellContract;
export type ShellRequestOf<K extends ShellChannelName> = z.input<ShellContract[K]['request']>;
export type ShellParsedRequestOf<K extends ShellChannelName> = z.output<ShellContract[K]['request']>;
export type ShellResponseOf<K extends ShellChannelName> =
  ShellContract[K] extends ChannelDef<z.ZodType, infer R> ? R : never;

/**
 * The channel names. The preload imports this module too: scripts/build-main.mjs serves it there as the plain list,
 * so zod stays out of the sandboxed preload.
 */
export const shellChannelNames = Object.keys(shellContract) as ShellChannelName[];

export { isMenuCommand, MENU_COMMAND_CHANNEL, menuCommands } from './shell-names';
export type { MenuCommand } from './shell-names';

/** `window.nianbaoShell` in the Electron shell; absent in browser mode, where these features are unavailable. */
export type ShellBridge = {
  readonly [K in ShellChannelName]: (req: ShellRequestOf<K>) => Promise<Result<ShellResponseOf<K>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

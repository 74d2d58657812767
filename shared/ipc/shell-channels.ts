// Desktop-only channels (native dialogs, open/show exported files, print, menu commands): Electron shell only.
import { z } from 'zod';
import type { Result } from './result';
import { shellChannelNames, type MenuCommand } from './shell-names';

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

export const shellContract = {
  /** 另存为… : native save dialog; resolves to the chosen path, or null when cancelled. */
  'shell:choose-save-path': z.object({
    kind: saveKindSchema,
    agency: z.string().max(200),
    year: z.number().int().min(2000).max(2100),
  }),
  /** Native open dialog; resolves to the chosen file's name and bytes (base64), or null when cancelled. */
  'shell:choose-open-file': z.object({ purpose: openPurposeSchema }),
  /**
   * Native folder dialog; the path or null. `export-folder`: 选择文件夹 (may create one), opened at the current export
   * folder; `review-sources`: 审核与汇总, the folder of the units' reports.
   */
  'shell:choose-folder': z.object({
    purpose: z.enum(['export-folder', 'review-sources']),
    current: pathSchema.optional(),
  }),
  /** Opens a file this app has just exported (.pdf/.docx/.html) in the desktop's default program. */
  'shell:open-exported': z.object({ path: pathSchema }),
  /** Shows a file this app has just exported in the system file manager. */
  'shell:show-in-folder': z.object({ path: pathSchema }),
  /** Prints the calling window's print-ready pages through the OS print dialog (never silently). */
  'shell:print': z.object({}),
} as const;

export type ShellContract = typeof shellContract;
export type ShellChannelName = keyof ShellContract;

export interface OpenedFile {
  readonly name: string;
  readonly path: string;
  readonly size: number;
  readonly bytesBase64: string;
}

export interface ShellResponses {
  readonly 'shell:choose-save-path': { readonly path: string } | null;
  readonly 'shell:choose-open-file': OpenedFile | null;
  readonly 'shell:choose-folder': { readonly path: string } | null;
  readonly 'shell:open-exported': { readonly opened: true };
  readonly 'shell:show-in-folder': { readonly shown: true };
  readonly 'shell:print': { readonly printed: boolean };
}

export { isMenuCommand, MENU_COMMAND_CHANNEL, menuCommands, shellChannelNames } from './shell-names';
export type { MenuCommand } from './shell-names';

/** The zod-free name list (used by the preload) must be exactly the contract's keys. */
export const _shellNamesMatch: readonly ShellChannelName[] = shellChannelNames;
export const _shellKeysMatch: Record<(typeof shellChannelNames)[number], unknown> = shellContract;

/** `window.nianbaoShell` in the Electron shell; absent in browser mode, where these features are unavailable. */
export type ShellBridge = {
  readonly [K in ShellChannelName]: (req: z.input<ShellContract[K]>) => Promise<Result<ShellResponses[K]>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

// Zod-free menu commands (main pushes them to the renderer), small enough for the sandboxed preload.

/** Commands the native menu sends to the renderer (payload only, never an event object). */
export const menuCommands = [
  'new-report',
  'open-draft-file',
  'import-report',
  'save',
  'save-draft-file',
  'export',
  'preview',
  'print',
  'settings',
  'help',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** The IPC channel main uses to push menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

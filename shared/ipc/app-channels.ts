// App-level channels: version info and settings (机关默认信息, export folder).
import { z } from 'zod';
import { channel } from './channel';

export const settingsSchema = z.object({
  defaultAgency: z.string(),
  exportDir: z.string(),
  /** Deadline for publication (MM-DD), default 01-31. */
  deadline: z.string().regex(/^\d{2}-\d{2}$/),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface AppInfo {
  readonly version: string;
  readonly dataDir: string;
  /** 'electron' or 'browser' */
  readonly shell: 'electron' | 'browser';
}

export const appChannels = {
  'app:info': channel<AppInfo>()(z.object({})),
  'settings:get': channel<Settings>()(z.object({})),
  /**
   * Saves settings. The export folder must be a complete local path outside the data folder; a folder that does not
   * exist is refused (NOT_FOUND) unless `createExportDir` (the 「创建并使用」 button) asks to create it.
   */
  'settings:set': channel<Settings>()(
    settingsSchema.partial().extend({ createExportDir: z.boolean().optional() }),
  ),
} as const;

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
  'settings:set': channel<Settings>()(settingsSchema.partial()),
} as const;

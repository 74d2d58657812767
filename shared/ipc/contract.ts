// THE IPC contract: every channel once, with its zod request schema and response type; merged from the domain files.
import type { z } from 'zod';
import type { ChannelDef } from './channel';
import { appChannels } from './app-channels';
import { draftChannels } from './draft-channels';
import { exportChannels } from './export-channels';
import { importChannels } from './import-channels';
import { reviewChannels } from './review-channels';

export const contract = {
  ...appChannels,
  ...draftChannels,
  ...exportChannels,
  ...importChannels,
  ...reviewChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyChannel = ChannelDef<z.ZodType, any>;
export type RequestOf<K extends ChannelName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends ChannelName> =
  Contract[K] extends ChannelDef<z.ZodType, infer R> ? R : never;

/** What the backend implements (main/services) and what the renderer's API client exposes. */
export type Services = { [K in ChannelName]: (req: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };
export type ApiClient = { [K in ChannelName]: (req: RequestOf<K>) => Promise<ResponseOf<K>> };

export const channelNames = Object.keys(contract) as ChannelName[];

/** Largest accepted request, in bytes of JSON (a 2 MB draft fits with room). */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export const _typecheck: Record<ChannelName, AnyChannel> = contract;

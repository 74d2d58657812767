// Helper to declare one IPC channel: its zod request schema and (type-level) response type.
import type { z } from 'zod';

export interface ChannelDef<Req extends z.ZodType, Res> {
  readonly request: Req;
  /** Phantom: carries the response type only. */
  readonly response?: Res;
}

export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): ChannelDef<Req, Res> => ({ request });
}

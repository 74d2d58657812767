// The renderer's API client: one method per contract channel, unwrapping Result and throwing ApiError with the Chinese message.
import { channelNames, type ApiClient, type ChannelName } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/ipc/result';
import type { Transport } from './transport';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function createApiClient(transport: Transport): ApiClient {
  const client: Partial<Record<ChannelName, (req: unknown) => Promise<unknown>>> = {};
  for (const name of channelNames) {
    client[name] = async (req: unknown) => {
      const result = await transport(name, req);
      if (result.ok) return result.value;
      throw new ApiError(result.error.code, result.error.message);
    };
  }
  return Object.freeze(client) as unknown as ApiClient;
}

/** The message to show for any caught error: ours in Chinese, anything else generic. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '操作未完成，请重试。';
}

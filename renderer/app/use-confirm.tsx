// An awaitable confirmation dialog: `const ok = await confirm({ title, body, confirmLabel })`.
import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmModal } from './modal';

export interface ConfirmOptions {
  readonly title: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
  readonly danger?: boolean;
}

interface Pending extends ConfirmOptions {
  readonly resolve: (ok: boolean) => void;
}

export function useConfirm(): [ReactNode, (options: ConfirmOptions) => Promise<boolean>] {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  );
  const finish = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const element = pending ? (
    <ConfirmModal
      title={pending.title}
      confirmLabel={pending.confirmLabel}
      danger={pending.danger ?? false}
      onConfirm={() => finish(true)}
      onCancel={() => finish(false)}
    >
      {pending.body}
    </ConfirmModal>
  ) : null;
  return [element, confirm];
}

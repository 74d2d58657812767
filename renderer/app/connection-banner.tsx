// Browser mode: a bar across the top while the local service cannot be reached (requests wait and are retried).
import { CONNECTION_MESSAGES, useConnectionStatus } from '../api/connection';

export function ConnectionBanner() {
  const status = useConnectionStatus();
  if (status === 'online') return null;
  return (
    <div className="connection-banner" role="alert">
      {CONNECTION_MESSAGES[status]}
    </div>
  );
}

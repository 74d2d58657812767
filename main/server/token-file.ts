// Browser mode's token and port, kept in the data folder (file mode 0600) so a restarted server accepts the open tab.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { newToken } from './security';

/** `<dataDir>/browser-session.json`: `{ token, port }`, readable only by the user. */
export const TOKEN_FILE = 'browser-session.json';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface BrowserSession {
  readonly token: string;
  /** The port the server last listened on (reused when no --port is given, so open tabs reconnect). */
  readonly port: number | null;
}

async function readSession(file: string): Promise<BrowserSession | null> {
  try {
    const stat = await fs.lstat(file);
    if (!stat.isFile()) return null;
    // Readable by others (copied, restored from a backup…): do not trust it, start a new one.
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) return null;
    const raw = JSON.parse(await fs.readFile(file, 'utf8')) as { token?: unknown; port?: unknown };
    if (typeof raw.token !== 'string' || !TOKEN_PATTERN.test(raw.token)) return null;
    const port =
      typeof raw.port === 'number' && Number.isInteger(raw.port) && raw.port > 0 && raw.port < 65536
        ? raw.port
        : null;
    return { token: raw.token, port };
  } catch {
    return null;
  }
}

/** Writes the session file atomically with mode 0600 (created so from the start, then chmod against odd umasks). */
export async function writeSession(dataDir: string, session: BrowserSession): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, TOKEN_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await fs.rm(temp, { force: true });
  await fs.writeFile(temp, JSON.stringify(session), { mode: 0o600, flag: 'wx' });
  await fs.chmod(temp, 0o600);
  await fs.rename(temp, file);
}

/**
 * The token for this data folder: the saved one when the file is intact and private, else a new one (saved).
 * If the file cannot be written the token still works for this launch; only a restart then needs the new address.
 */
export async function loadOrCreateSession(dataDir: string): Promise<BrowserSession> {
  const file = path.join(dataDir, TOKEN_FILE);
  const saved = await readSession(file);
  if (saved) return saved;
  const fresh: BrowserSession = { token: newToken(), port: null };
  try {
    await writeSession(dataDir, fresh);
  } catch {
    // kept in memory for this launch
  }
  return fresh;
}

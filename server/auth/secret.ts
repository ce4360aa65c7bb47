import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class AuthSecretError extends Error {
  override name = 'AuthSecretError';
}

const minLength = 32;

/**
 * The auth library signs cookies with a secret. A first start without BETTER_AUTH_SECRET generates one and
 * keeps it beside the database, so `npm start` works with no set-up and sessions survive restarts.
 * A file that is there but empty or short (a first start on a full disk) stops the start with a message:
 * silently replacing it would sign everyone out, and using it would fail every request.
 */
export function resolveAuthSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'auth-secret');
  const existing = readSecret(file);
  if (existing !== null) return existing;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = crypto.randomBytes(32).toString('base64url');
  // Written whole to a temporary file, flushed, then linked into place: the name only ever appears with
  // the full secret behind it. link() fails if another process linked first; then theirs wins.
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(temporary, 'wx', 0o600);
    try {
      fs.writeSync(fd, `${secret}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(temporary, file);
    console.warn(`[herstel] Generated a new auth secret in ${file}: sessions signed with any earlier secret are signed out.`);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const theirs = readSecret(file);
      if (theirs !== null) return theirs;
    }
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** The stored secret, null when there is no file; a file too short to be one is an error. */
function readSecret(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (text.length >= minLength) return text;
  throw new AuthSecretError(
    `The auth secret file ${file} is ${text.length === 0 ? 'empty' : `only ${text.length} characters`} (a full disk at the first start?). ` +
      `Delete it to have a new one generated (everyone is signed out), or set BETTER_AUTH_SECRET.`,
  );
}

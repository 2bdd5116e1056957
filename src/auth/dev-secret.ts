/**
 * Development key material: outside production a missing AUTH_SECRET is generated once
 * and kept under the data folder, so tokens survive restarts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Config } from '../config';

export function resolveAuthSecret(config: Config): string | undefined {
  if (config.auth.secret || config.auth.jwksUrl) return config.auth.secret;
  const file = path.join(config.dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

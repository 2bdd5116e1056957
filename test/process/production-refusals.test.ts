/**
 * Production never runs on development credentials: without DATABASE_URL (the embedded
 * server has a fixed superuser password) or with the default clinicgraph_app password,
 * the process refuses to start, says why, and touches nothing on disk.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

interface Outcome {
  code: number | null;
  stderr: string;
}

function startInProduction(overrides: NodeJS.ProcessEnv): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_SECRET: 'a-production-secret-of-at-least-32-chars',
    PORT: '0',
  };
  for (const name of ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD', 'AUTH_JWKS_URL']) delete env[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'src/main.ts'],
      { cwd: root, env: { ...env, ...overrides }, timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

let dataDir: string;
beforeEach(() => {
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clinicgraph-prod-')), 'data');
});
afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

test('without DATABASE_URL production refuses the embedded PostgreSQL', async () => {
  const { code, stderr } = await startInProduction({ CLINICGRAPH_DATA_DIR: dataDir, DATABASE_APP_PASSWORD: 'a-real-app-password' });

  expect(code).toBe(1);
  expect(stderr).toContain('In production set DATABASE_URL');
  expect(stderr).not.toMatch(/\bat \S+ \(/); // a message, not a stack trace
  expect(fs.existsSync(dataDir)).toBe(false);
}, 70_000);

test('production refuses the default password of clinicgraph_app', async () => {
  // Refused before any connection: the server named here is never contacted.
  const { code, stderr } = await startInProduction({
    CLINICGRAPH_DATA_DIR: dataDir,
    DATABASE_URL: 'postgres://owner:secret@127.0.0.1:1/clinicgraph',
    DATABASE_APP_PASSWORD: 'clinicgraph_app',
  });

  expect(code).toBe(1);
  expect(stderr).toContain('In production set DATABASE_APP_PASSWORD');
  expect(stderr).not.toMatch(/\bat \S+ \(/);
}, 70_000);

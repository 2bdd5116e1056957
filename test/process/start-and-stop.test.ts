/**
 * `npm start` as a user and a process manager meet it: the embedded cluster it runs is
 * durable and keeps its data across restarts, and stopping the start command in any of
 * the usual ways (SIGTERM to npm, Ctrl-C in a terminal, npm killed outright) stops node
 * and PostgreSQL, releasing both ports, with no postgres of the data folder left behind.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/db/embedded-postgres';

jest.setTimeout(180_000);

const root = path.join(__dirname, '..', '..');
let dataDir: string;
let httpPort: number;
let postgresPort: number;
const started: ChildProcess[] = [];

beforeAll(async () => {
  // Under the system temp dir: the postgres OS user must reach it when we run as root.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicgraph-start-'));
  fs.chmodSync(dataDir, 0o755);
  httpPort = await freePort();
  postgresPort = await freePort();
});

afterAll(() => {
  // Whatever a failed assertion left running: the process groups we started, then a postgres.
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGKILL');
  }
  for (const pid of postgresPidsOf(dataDir)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface StartedApi {
  npm: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

/** Runs `npm start` in its own process group (so a Ctrl-C can be simulated) and waits for /readyz. */
async function npmStart(): Promise<StartedApi> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(httpPort),
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    CLINICGRAPH_DATA_DIR: dataDir,
  };
  for (const name of ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD', 'AUTH_JWKS_URL', 'AUTH_SECRET']) delete env[name];
  const npm = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(npm);
  let output = '';
  npm.stdout.on('data', (chunk) => {
    output += chunk;
  });
  npm.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start was not ready within 120 s:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${httpPort}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { npm, output: () => output, exited };
    await sleep(250);
  }
}

/** After a stop: npm exits, both ports are free and no postgres of the data folder remains. */
async function expectEverythingStopped(api: StartedApi): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`npm did not exit:\n${api.output()}`)), 30_000);
  });
  await Promise.race([api.exited, timeout]).finally(() => clearTimeout(timer));
  await eventually(async () => {
    expect(await answers(httpPort)).toBe(false);
    expect(await answers(postgresPort)).toBe(false);
    expect(postgresPidsOf(dataDir)).toEqual([]);
  });
  expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  process.kill(-child.pid!, signal);
}

function withEmbeddedServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  // The embedded cluster's superuser, as src/db/embedded-postgres.ts sets it up.
  const client = new Client({ connectionString: `postgres://postgres:clinicgraph@127.0.0.1:${postgresPort}/postgres` });
  return client
    .connect()
    .then(() => fn(client))
    .finally(() => client.end());
}

test('SIGTERM to npm stops node and PostgreSQL; the cluster it ran was durable', async () => {
  const api = await npmStart();

  const settings = await withEmbeddedServer(async (client) => {
    await client.query('CREATE TABLE kept_across_restarts (note text)');
    await client.query(`INSERT INTO kept_across_restarts VALUES ('written before SIGTERM')`);
    const { rows } = await client.query(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit') ORDER BY name`,
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  });
  expect(settings).toEqual({ fsync: 'on', full_page_writes: 'on', synchronous_commit: 'on' });

  process.kill(api.npm.pid!, 'SIGTERM');

  await expectEverythingStopped(api);
  expect(api.output()).toMatch(/SIGTERM received/);
});

test('Ctrl-C (SIGINT to the whole process group) stops everything; the data is still there', async () => {
  const api = await npmStart();
  const notes = await withEmbeddedServer((client) => client.query('SELECT note FROM kept_across_restarts'));
  expect(notes.rows).toEqual([{ note: 'written before SIGTERM' }]);

  signalGroup(api.npm, 'SIGINT');

  await expectEverythingStopped(api);
});

test('npm killed outright: node notices its parent is gone and stops PostgreSQL too', async () => {
  const api = await npmStart();

  process.kill(api.npm.pid!, 'SIGKILL');

  await expectEverythingStopped(api);
});

/** Process ids of postgres servers whose command line names `dir`. */
function postgresPidsOf(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string;
    try {
      commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue; // ended while we looked
    }
    if (commandLine.includes('postgres') && commandLine.includes(dir)) pids.push(Number(entry));
  }
  return pids;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function eventually(check: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

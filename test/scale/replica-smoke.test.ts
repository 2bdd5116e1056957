import { Client } from 'pg';
import { startStreamingReplica, StreamingReplica } from '../support/streaming-replica';

let pair: StreamingReplica;
beforeAll(async () => {
  pair = await startStreamingReplica();
}, 60000);
afterAll(async () => {
  await pair?.stop();
});

async function one<T>(url: string, sql: string): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows[0] as T;
  } finally {
    await c.end();
  }
}

test('smoke', async () => {
  await one(pair.primaryUrl, 'CREATE TABLE t (x int)');
  await one(pair.primaryUrl, 'INSERT INTO t VALUES (1)');
  await pair.caughtUp();
  expect(await one(pair.replicaUrl, 'SELECT count(*)::int AS n, pg_is_in_recovery() AS r FROM t')).toEqual({ n: 1, r: true });
  await pair.pauseReplay();
  await one(pair.primaryUrl, 'INSERT INTO t VALUES (2)');
  await new Promise((r) => setTimeout(r, 300));
  expect(await one(pair.replicaUrl, 'SELECT count(*)::int AS n FROM t')).toEqual({ n: 1 });
  await pair.resumeReplay();
  await pair.caughtUp();
  expect(await one(pair.replicaUrl, 'SELECT count(*)::int AS n FROM t')).toEqual({ n: 2 });
});

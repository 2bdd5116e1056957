/**
 * Idempotent retries (src/common/idempotency.ts), proven on patientRegister: the same key
 * from the same person for the same mutation answers the first result again, also while
 * the first request is still running; another input under the key is refused; keys are
 * per person, expire after 24 hours, and a failed attempt keeps none.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { requestHash } from '../../src/common/idempotency';
import { ownOrganization } from '../patient/fixtures';
import { Api, startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

type Input = Parameters<Api['PatientRegister']>[0]['input'];
const ada = (idempotencyKey: string, more: Partial<Input> = {}): Input => ({
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1990-05-17',
  email: 'ada@example.com',
  idempotencyKey,
  ...more,
});

async function patientsOf(organizationId: string): Promise<Array<{ id: string; given_name: string }>> {
  return app.sql.query(`SELECT id, given_name FROM patients WHERE organization_id = $1 ORDER BY created_at`, [organizationId]);
}

async function keysOf(
  organizationId: string,
): Promise<Array<{ subject: string; key: string; result: unknown; created_at: Date; expires_at: Date }>> {
  return app.sql.query(
    `SELECT subject, key, result, created_at, expires_at FROM idempotency_keys WHERE organization_id = $1 ORDER BY created_at`,
    [organizationId],
  );
}

test('the same key twice registers one patient and answers the same payload', async () => {
  // Given an organization's admin and a key
  const { org, admin } = await ownOrganization(app);
  const key = randomUUID();

  // When the app sends the registration twice (a retry after a lost response)
  const first = (await admin.PatientRegister({ input: ada(key) })).patientRegister;
  const second = (await admin.PatientRegister({ input: ada(key) })).patientRegister;

  // Then there is one patient, and the retry answers exactly what the first did
  expect(first.userErrors).toEqual([]);
  expect(second).toEqual(first);
  const patients = await patientsOf(org.id);
  expect(patients).toHaveLength(1);
  // The key keeps the patient's id only (no copy of the patient), for 24 hours
  const [row] = await keysOf(org.id);
  expect(row.result).toEqual({ patientId: patients[0].id });
  expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(24 * 3600_000);
  // The replay registered nothing: one REGISTER in the access trail, one event
  // (each payload's skinType is a recorded READ, the replay's too), and the key is no patient data
  const trail = await app.sql.query(`SELECT fields FROM patient_access_events WHERE patient_id = $1 AND action = 'REGISTER'`, [
    patients[0].id,
  ]);
  expect(trail).toEqual([{ fields: ['dateOfBirth', 'email', 'familyName', 'givenName'] }]);
  expect(app.events.filter((e) => e.action === 'patient.register' && e.targetId === patients[0].id)).toHaveLength(1);
});

test('without a key, each call registers a patient', async () => {
  const { org, admin } = await ownOrganization(app);
  const input = { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1990-05-17' };
  await admin.PatientRegister({ input });
  await admin.PatientRegister({ input });
  expect(await patientsOf(org.id)).toHaveLength(2);
  expect(await keysOf(org.id)).toEqual([]);
});

test('20 concurrent calls with the same key register one patient and answer 20 identical payloads', async () => {
  // Given one key
  const { org, admin } = await ownOrganization(app);
  const key = randomUUID();

  // When 20 requests with it arrive at once
  const answers = await Promise.all(Array.from({ length: 20 }, () => admin.PatientRegister({ input: ada(key) })));

  // Then the later ones waited for the first and replayed it: one row, 20 equal answers, no TAKEN
  const payloads = answers.map((a) => a.patientRegister);
  expect(payloads[0].userErrors).toEqual([]);
  expect(payloads[0].patient).not.toBeNull();
  for (const payload of payloads) expect(payload).toEqual(payloads[0]);
  const patients = await patientsOf(org.id);
  expect(patients).toHaveLength(1);
  expect(await keysOf(org.id)).toHaveLength(1);
});

describe('a request whose key is held by a running request waits for it', () => {
  /** Holds the admin's key `key` in an uncommitted transaction (as the owner), as a first request still running would. */
  async function holdKey(organizationId: string, subject: string, key: string, hash: string, result: unknown) {
    const runner = app.sql.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO idempotency_keys (organization_id, subject, operation, key, request_hash, result) VALUES ($1, $2, 'patientRegister', $3, $4, $5)`,
      [organizationId, subject, key, hash, JSON.stringify(result)],
    );
    return {
      end: async (commit: boolean) => {
        await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
        await runner.release();
      },
    };
  }

  async function setup() {
    const { org, admin } = await ownOrganization(app);
    const earlier = (await admin.PatientRegister({ input: ada(randomUUID()) })).patientRegister.patient!;
    const [{ subject }] = await keysOf(org.id);
    return { org, admin, earlier, subject };
  }

  /** 'waiting' when `promise` has not settled after `ms` milliseconds. */
  async function settled<T>(promise: Promise<T>, ms: number): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const waiting = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('waiting'), ms);
    });
    try {
      return await Promise.race([promise.then(() => 'answered'), waiting]);
    } finally {
      clearTimeout(timer);
    }
  }

  test('and replays its result once it commits', async () => {
    // Given a first request holding the key, about to commit `earlier` as its result
    const { org, admin, earlier, subject } = await setup();
    const key = randomUUID();
    const held = await holdKey(org.id, subject, key, requestHash(ada(key)), { patientId: uuidOf(earlier.id) });

    // When the retry arrives, it waits; then the first commits
    const retry = admin.PatientRegister({ input: ada(key) });
    expect(await settled(retry, 400)).toBe('waiting');
    await held.end(true);

    // Then the retry answers the first's patient, and registers none
    expect((await retry).patientRegister).toEqual({ patient: earlier, userErrors: [] });
    expect(await patientsOf(org.id)).toHaveLength(1);
  });

  test('and runs as the first once it rolls back', async () => {
    const { org, admin, subject } = await setup();
    const key = randomUUID();
    const held = await holdKey(org.id, subject, key, requestHash(ada(key)), null);

    const retry = admin.PatientRegister({ input: ada(key) });
    expect(await settled(retry, 400)).toBe('waiting');
    await held.end(false);

    const { patientRegister } = await retry;
    expect(patientRegister.userErrors).toEqual([]);
    expect(await patientsOf(org.id)).toHaveLength(2);
    expect((await keysOf(org.id)).map((k) => k.result)).toContainEqual({ patientId: uuidOf(patientRegister.patient!.id) });
  });
});

test('the same key with a different input is IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
  // Given a registration under a key
  const { org, admin } = await ownOrganization(app);
  const key = randomUUID();
  const first = (await admin.PatientRegister({ input: ada(key) })).patientRegister;

  // When another registration comes with the same key (even a field order change is the same input)
  const reordered = (
    await admin.PatientRegister({
      input: { idempotencyKey: key, email: 'ada@example.com', dateOfBirth: '1990-05-17', familyName: 'Lovelace', givenName: 'Ada' },
    })
  ).patientRegister;
  const other = (await admin.PatientRegister({ input: ada(key, { givenName: 'Grace', familyName: 'Hopper' }) })).patientRegister;

  // Then the same input replays, and the different one is refused without writing
  expect(reordered).toEqual(first);
  expect(other).toEqual({
    patient: null,
    userErrors: [
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], message: expect.stringContaining('different request') },
    ],
  });
  expect((await patientsOf(org.id)).map((p) => p.given_name)).toEqual(['Ada']);
  expect(await keysOf(org.id)).toHaveLength(1);
});

test('keys are per person: another user with the same key registers independently', async () => {
  // Given the admin's registration under a key, and a front desk of the same organization
  const { org, admin } = await ownOrganization(app);
  const frontDesk = (await app.as({ role: Role.FRONT_DESK, organization: org.slug, clinics: ['clinic-0001'] })).api;
  const other = await ownOrganization(app);
  const key = randomUUID();
  const mine = (await admin.PatientRegister({ input: ada(key) })).patientRegister;

  // When the front desk, and an admin of another organization, use the same key (even with another input)
  const theirs = (await frontDesk.PatientRegister({ input: ada(key, { givenName: 'Grace' }) })).patientRegister;
  const elsewhere = (await other.admin.PatientRegister({ input: ada(key) })).patientRegister;

  // Then each runs as a first request
  expect(theirs.userErrors).toEqual([]);
  expect(elsewhere.userErrors).toEqual([]);
  expect(new Set([mine.patient!.id, theirs.patient!.id, elsewhere.patient!.id]).size).toBe(3);
  expect((await patientsOf(org.id)).map((p) => p.given_name)).toEqual(['Ada', 'Grace']);
  expect(new Set((await keysOf(org.id)).map((k) => k.subject)).size).toBe(2);
});

test('an expired key (older than 24 hours) runs again and is replaced', async () => {
  // Given a registration whose key is 25 hours old
  const { org, admin } = await ownOrganization(app);
  const key = randomUUID();
  const first = (await admin.PatientRegister({ input: ada(key) })).patientRegister;
  await app.sql.query(
    `UPDATE idempotency_keys SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' WHERE organization_id = $1`,
    [org.id],
  );

  // When the same key comes again (even with another input)
  const again = (await admin.PatientRegister({ input: ada(key, { givenName: 'Grace' }) })).patientRegister;

  // Then it registers anew, and the key now answers with the new patient for 24 hours
  expect(again.userErrors).toEqual([]);
  expect(again.patient!.id).not.toBe(first.patient!.id);
  expect(await patientsOf(org.id)).toHaveLength(2);
  const keys = await keysOf(org.id);
  expect(keys).toHaveLength(1);
  expect(keys[0].expires_at.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
  expect((await admin.PatientRegister({ input: ada(key, { givenName: 'Grace' }) })).patientRegister).toEqual(again);
});

test('a failed attempt keeps no key: the retry with the same key runs', async () => {
  // Given a registration that fails (a malformed e-mail) under a key
  const { org, admin } = await ownOrganization(app);
  const key = randomUUID();
  const failed = (await admin.PatientRegister({ input: ada(key, { email: 'not-an-address' }) })).patientRegister;
  expect(failed.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  expect(await keysOf(org.id)).toEqual([]);

  // When the corrected request comes with the same key
  const fixed = (await admin.PatientRegister({ input: ada(key) })).patientRegister;

  // Then it registers: the failure was not stored, so it is no reuse
  expect(fixed.userErrors).toEqual([]);
  expect(await patientsOf(org.id)).toHaveLength(1);
  expect(await keysOf(org.id)).toHaveLength(1);
});

test('a blank key is INVALID', async () => {
  const { org, admin } = await ownOrganization(app);
  const { patientRegister } = await admin.PatientRegister({ input: ada('   ') });
  expect(patientRegister).toEqual({
    patient: null,
    userErrors: [{ code: 'INVALID', field: ['input', 'idempotencyKey'], message: expect.any(String) }],
  });
  expect(await patientsOf(org.id)).toEqual([]);
});

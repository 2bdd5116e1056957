/**
 * Every read or write of a patient's health data leaves a row in the health-data access
 * trail: actor (stamped by the database), role, patient, action, the names of the fields
 * touched, the time and the request id. One row per patient and request, never values,
 * append-only for the application.
 */
import { GraphQLClient } from 'graphql-request';
import { Role } from '../../src/auth/roles';
import { devSubject } from '../../src/auth/dev-tokens';
import { getSdk } from '../generated/graphql';
import { Api, startTestApp, TestApp } from '../support/harness';
import { clearAnswers, daysAgo, ownOrganization, register } from './fixtures';

let app: TestApp;
let org: Awaited<ReturnType<typeof ownOrganization>>['org'];
let admin: Api;
beforeAll(async () => {
  app = await startTestApp();
  ({ org, admin } = await ownOrganization(app));
});
afterAll(() => app.close());

interface TrailRow {
  actor_subject: string;
  actor_role: string;
  action: string;
  fields: string[];
  request_id: string;
  occurred_at: Date;
}

const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
const trail = (patientId: string): Promise<TrailRow[]> =>
  app.sql.query(
    `SELECT actor_subject, actor_role, action, fields, request_id, occurred_at FROM patient_access_events WHERE patient_id = $1 ORDER BY occurred_at, action`,
    [uuidOf(patientId)],
  );

/** A practitioner's client whose requests carry `requestId`. */
async function practitioner(requestId: string): Promise<{ api: Api; subject: string; response: () => Headers | undefined }> {
  const identity = { role: Role.PRACTITIONER, organization: org.slug, clinics: ['clinic-0001'] };
  const { token } = await app.as(identity);
  let last: Headers | undefined;
  const client = new GraphQLClient(app.url, {
    headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
    responseMiddleware: (response) => {
      if (!(response instanceof Error)) last = response.headers;
    },
  });
  return { api: getSdk(client), subject: devSubject(identity), response: () => last };
}

test('a write records its action and the fields given, in its transaction, with the request id', async () => {
  const { api, subject } = await practitioner('write-req-1');
  const patient = await register(api, { email: 'ada@example.com', skinType: 'III' });

  await api.ScreeningRecord({
    input: { patientId: patient.id, screenedOn: daysAgo(1), answers: { ...clearAnswers(), allergies: ['latex'] } },
  });

  const rows = await trail(patient.id);
  expect(rows.filter((r) => r.action !== 'READ')).toEqual([
    expect.objectContaining({
      action: 'REGISTER',
      actor_role: 'PRACTITIONER',
      actor_subject: subject,
      request_id: 'write-req-1',
      fields: ['dateOfBirth', 'email', 'familyName', 'givenName', 'skinType'],
    }),
    expect.objectContaining({ action: 'SCREENING_RECORD', fields: ['screening.answers', 'screening.screenedOn'] }),
  ]);
});

test('reading health data writes one row per patient and request with the fields read; contact details alone write none', async () => {
  const patient = await register(admin, { skinType: 'II' });
  await admin.ScreeningRecord({ input: { patientId: patient.id, screenedOn: daysAgo(3), answers: clearAnswers() } });
  const before = (await trail(patient.id)).length;
  const { api, subject, response } = await practitioner('read-req-7');

  await api.PatientContact({ id: patient.id });
  expect(await trail(patient.id)).toHaveLength(before);

  await api.PatientHealth({ id: patient.id });

  expect(response()?.get('x-request-id')).toBe('read-req-7');
  const reads = (await trail(patient.id)).slice(before);
  expect(reads).toEqual([
    {
      actor_subject: subject,
      actor_role: 'PRACTITIONER',
      action: 'READ',
      request_id: 'read-req-7',
      occurred_at: expect.any(Date),
      fields: ['consents', 'latestScreening', 'screeningNeedsRenewal', 'screeningValidUntil', 'screenings', 'skinType'],
    },
  ]);

  // Reading a screening through node names what was read too.
  const screeningId = (await admin.PatientHealth({ id: patient.id })).patient!.latestScreening!.id;
  await api.PatientNode({ id: screeningId });
  expect((await trail(patient.id)).at(-1)).toMatchObject({ action: 'READ', fields: ['screening'] });
});

test('without a usable x-request-id the server gives the request a uuid', async () => {
  const patient = await register(admin);
  const { api, response } = await practitioner('not a token; DROP TABLE');
  await api.PatientHealth({ id: patient.id });
  const id = response()?.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect((await trail(patient.id)).at(-1)).toMatchObject({ action: 'READ', request_id: id });
});

test('the trail holds field names, never the values of health data', async () => {
  const patient = await register(admin, {
    givenName: 'Quillon',
    familyName: 'Vantablack',
    email: 'quillon@secret.example',
    phone: '+12125559876',
    skinType: 'VI',
  });
  await admin.ScreeningRecord({
    input: {
      patientId: patient.id,
      screenedOn: '2024-02-29',
      answers: { ...clearAnswers(), allergies: ['zebracillin'], medications: ['xylomab'], isotretinoinLastDoseOn: '2023-03-03' },
    },
  });
  await admin.ConsentRecord({ input: { patientId: patient.id, kind: 'PHOTOS', contentVersion: 'photos-secret-v9' } });
  await admin.PatientUpdate({ input: { id: patient.id, phone: '+12125557731' } });
  await admin.PatientHealth({ id: patient.id });

  const rows: Array<Record<string, unknown>> = await app.sql.query(`SELECT * FROM patient_access_events WHERE patient_id = $1`, [
    uuidOf(patient.id),
  ]);
  // The payloads' skin type and the health query are reads too.
  expect([...new Set(rows.map((r) => r.action))].sort()).toEqual(['CONSENT_RECORD', 'READ', 'REGISTER', 'SCREENING_RECORD', 'UPDATE']);
  const stored = JSON.stringify(rows);
  for (const value of [
    'Quillon',
    'Vantablack',
    'quillon@secret',
    '5559876',
    '5557731',
    '"VI"',
    'zebracillin',
    'xylomab',
    '2024-02-29',
    '2023-03-03',
    'photos-secret',
  ]) {
    expect({ value, stored: stored.includes(value) }).toEqual({ value, stored: false });
  }
  // And the admin audit trail copies no patient either.
  const [{ n }] = await app.sql.query(
    `SELECT count(*)::int AS n FROM audit_events WHERE before::text LIKE '%Quillon%' OR after::text LIKE '%Quillon%'`,
  );
  expect(n).toBe(0);
});

test('the application role may append to the trail but not change or delete it, and cannot choose its actor or time', async () => {
  const patient = await register(admin);
  const runner = app.appSql.createQueryRunner();
  await runner.connect();
  const attempt = async (sql: string) => {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.subject', 'the-real-actor', true)`, [org.id]);
    try {
      return await runner.query(sql, [uuidOf(patient.id), org.id]);
    } finally {
      await runner.commitTransaction().catch(() => runner.rollbackTransaction());
    }
  };
  try {
    await expect(
      attempt(`UPDATE patient_access_events SET fields = '{forged}' WHERE patient_id = $1 AND organization_id = $2`),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(attempt(`DELETE FROM patient_access_events WHERE patient_id = $1 AND organization_id = $2`)).rejects.toMatchObject({
      code: '42501',
    });
    await attempt(`INSERT INTO patient_access_events (patient_id, organization_id, actor_subject, actor_role, action, fields, request_id, occurred_at)
      VALUES ($1, $2, 'someone-else', 'ORG_ADMIN', 'READ', '{skinType}', 'forged', '2000-01-01')`);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
  const forged = (await trail(patient.id)).find((r) => r.request_id === 'forged')!;
  expect(forged.actor_subject).toBe('the-real-actor');
  expect(forged.occurred_at.getFullYear()).toBeGreaterThan(2000);
});

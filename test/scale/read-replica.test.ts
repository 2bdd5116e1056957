/**
 * DATABASE_READ_URL: query requests read on a streaming replica; a mutation, the reads of
 * its payload, a query's health-data access trail and everything a request does after
 * writing run on the primary; without a replica everything runs on the primary. Against a real primary and hot standby started
 * for this file (test/support/streaming-replica.ts). Pausing the standby's replay makes
 * the two servers disagree, so an answer shows which one served it; the statements each
 * request sent are recorded with the server they ran on.
 */
import { Role } from '../../src/auth/roles';
import { RequestObservation } from '../../src/server';
import { Api, startTestApp, TestApp } from '../support/harness';
import { startStreamingReplica, StreamingReplica } from '../support/streaming-replica';
import { createTemplate, filePrefixOf, TestServer } from '../support/test-database';

let pair: StreamingReplica;
/** Query requests read on the replica. */
let app: TestApp;
/** The same server without a replica configured. */
let plain: TestApp;
let admin: Api;

beforeAll(async () => {
  pair = await startStreamingReplica();
  const template = await createTemplate(pair.primaryUrl);
  const server: TestServer = { adminUrl: pair.primaryUrl, connectUrl: pair.primaryUrl, template, filePrefix: filePrefixOf(template) };
  app = await startTestApp({ server, replica: { url: pair.replicaUrl, caughtUp: () => pair.caughtUp() } });
  plain = await startTestApp({ server });
  admin = (await app.as({ role: Role.ORG_ADMIN })).api;
}, 120_000);

afterEach(async () => {
  await pair.resumeReplay();
});

afterAll(async () => {
  await app?.close();
  await plain?.close();
  await pair?.stop();
}, 60_000);

const CLINIC = 'chicago-river-north';

/** The last request `testApp` served under `operationName`. */
function lastRequest(testApp: TestApp, operationName: string): RequestObservation {
  const found = testApp.requests.filter((r) => r.operationName === operationName).at(-1);
  if (!found) throw new Error(`no ${operationName} request was served`);
  return found;
}

/** The servers the request's statements matching `pattern` ran on. */
function serversOf(request: RequestObservation, pattern: RegExp): string[] {
  return request.statements.flatMap((sql, i) => (pattern.test(sql) ? [request.servers[i]] : []));
}

async function clinicName(api: Api): Promise<string | undefined> {
  const { clinics } = await api.Clinics({ filter: { organizationSlug: 'lumiere-skin' }, first: 100 });
  return clinics.edges.find((e) => e.node.slug === CLINIC)?.node.name;
}

async function rename(testApp: TestApp, name: string): Promise<void> {
  await testApp.sql.query('UPDATE clinics SET name = $2 WHERE slug = $1', [CLINIC, name]);
}

test('an anonymous query reads on the replica: behind the primary while replay is paused, current once it caught up', async () => {
  // Given a clinic renamed on the primary while the replica does not replay
  await pair.pauseReplay();
  const before = await clinicName(app.api);
  expect(before).toBeDefined();
  await rename(app, 'Renamed on the primary');

  // When the public catalog is read, it still shows the replica's name, and every statement ran there
  expect(await clinicName(app.api)).toBe(before);
  expect(new Set(lastRequest(app, 'Clinics').servers)).toEqual(new Set(['replica']));

  // Then, once the replica has replayed the primary's WAL, the same query shows the new name
  await pair.resumeReplay();
  await pair.caughtUp();
  expect(await clinicName(app.api)).toBe('Renamed on the primary');
});

test("a member's query resolves the viewer on the primary, then reads on the replica", async () => {
  // Given a member created while the replica does not replay: only the primary knows them
  await pair.pauseReplay();
  const manager = (await app.as({ role: Role.CLINIC_MANAGER, clinics: [CLINIC] })).api;
  const before = await clinicName(app.api);
  await rename(app, 'Renamed for the member');

  // When the member reads the organization's clinics
  const name = await clinicName(manager);

  // Then they were recognised (the viewer lookup ran on the primary), while the clinics came from the replica
  expect(name).toBe(before);
  const request = lastRequest(app, 'Clinics');
  expect(request.servers[0]).toBe('primary');
  expect(serversOf(request, /memberships/i)).toContain('primary');
  const clinicReads = serversOf(request, /FROM clinics/i);
  expect(clinicReads.length).toBeGreaterThan(0);
  expect(new Set(clinicReads)).toEqual(new Set(['replica']));
});

test('a mutation writes and reads its payload on the primary; queries see the change once it is replicated', async () => {
  // Given the replica does not replay
  await pair.pauseReplay();

  // When an ORG_ADMIN creates a clinic
  const { clinicCreate } = await admin.ClinicCreate({
    input: {
      slug: 'replica-lane',
      name: 'Lumière Replica Lane',
      address: { streetAddress: '1 Replica Lane', locality: 'Evanston', region: 'IL', postalCode: '60201', countryCode: 'US' },
      timeZone: 'America/Chicago',
      openingHours: [{ dayOfWeek: 'MONDAY', opens: '09:00', closes: '17:00' }],
    },
  });

  // Then its payload, read after the commit, holds the new clinic: it was read on the primary
  expect(clinicCreate.userErrors).toEqual([]);
  expect(clinicCreate.clinic).toMatchObject({
    slug: 'replica-lane',
    organization: { slug: 'lumiere-skin' },
    openingHours: [{ dayOfWeek: 'MONDAY', opens: '09:00:00', closes: '17:00:00' }],
  });
  const mutation = lastRequest(app, 'ClinicCreate');
  expect(serversOf(mutation, /INSERT INTO clinics/i)).toEqual(['primary']);
  expect(new Set(mutation.servers)).toEqual(new Set(['primary']));

  // And a query does not see it while the replica lags, and sees it once the replica caught up
  const find = async () =>
    (await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin', city: 'evanston' } })).clinics.edges.map((e) => e.node.slug);
  expect(await find()).toEqual([]);
  await pair.resumeReplay();
  await pair.caughtUp();
  expect(await find()).toEqual(['replica-lane']);
});

test('without a replica configured, queries read on the primary', async () => {
  // Given the replica does not replay, and a clinic renamed on the primary
  await pair.pauseReplay();
  await rename(plain, 'Renamed, read on the primary');

  // When a server without DATABASE_READ_URL is asked
  expect(await clinicName(plain.api)).toBe('Renamed, read on the primary');

  // Then every statement ran on the primary
  expect(new Set(lastRequest(plain, 'Clinics').servers)).toEqual(new Set(['primary']));
});

test("the analytics CSV export reads on the replica too: it shows the replica's clinic name while replay is paused", async () => {
  const { token } = await app.as({ role: Role.ANALYST });
  const csvByClinic = async () => {
    const response = await fetch(`${app.baseUrl}/analytics/outcomes.csv?groupBy=CLINIC`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return response.text();
  };
  // Given the demo cohort's clinic renamed on the primary while the replica does not replay
  const soho = 'new-york-soho';
  const [{ name: before }] = await app.sql.query<Array<{ name: string }>>('SELECT name FROM clinics WHERE slug = $1', [soho]);
  expect(await csvByClinic()).toContain(before);
  await pair.pauseReplay();
  await app.sql.query('UPDATE clinics SET name = $2 WHERE slug = $1', [soho, 'SoHo renamed on the primary']);

  // When the export is pulled, its groups still carry the replica's name
  const stale = await csvByClinic();
  expect(stale).toContain(before);
  expect(stale).not.toContain('SoHo renamed on the primary');

  // Then, once the replica caught up, the export shows the new name
  await pair.resumeReplay();
  await pair.caughtUp();
  expect(await csvByClinic()).toContain('SoHo renamed on the primary');
});

test('a query reading health data reads on the replica and writes its access trail on the primary', async () => {
  // Given a patient the replica knows
  const { patientRegister } = await admin.PatientRegister({
    input: { givenName: 'Ada', familyName: 'Replica', dateOfBirth: '1990-05-17', skinType: 'III' },
  });
  expect(patientRegister.userErrors).toEqual([]);
  const [{ id: patientUuid }] = await app.sql.query<Array<{ id: string }>>(
    `SELECT id FROM patients WHERE given_name = 'Ada' AND family_name = 'Replica'`,
  );
  await pair.caughtUp();
  // and their skin type changed on the primary while the replica does not replay
  await pair.pauseReplay();
  await app.sql.query(`UPDATE patients SET skin_type = 'V' WHERE id = $1`, [patientUuid]);

  const readsOf = () =>
    app.sql.query<Array<{ fields: string[] }>>(
      `SELECT fields FROM patient_access_events WHERE patient_id = $1 AND action = 'READ' ORDER BY occurred_at`,
      [patientUuid],
    );
  const before = (await readsOf()).length;

  // When an ORG_ADMIN reads the patient's health data
  const { patient } = await admin.PatientHealth({ id: patientRegister.patient!.id });

  // Then the data came from the replica, and the read was recorded on the primary, where writes go
  expect(patient!.skinType).toBe('III');
  const request = lastRequest(app, 'PatientHealth');
  expect(new Set(serversOf(request, /FROM patients/i))).toEqual(new Set(['replica']));
  expect(serversOf(request, /INSERT INTO patient_access_events/i)).toEqual(['primary']);
  expect((await readsOf()).slice(before)).toEqual([{ fields: expect.arrayContaining(['skinType', 'screenings', 'consents']) }]);
});

/**
 * The transaction boundary a client can trust: a mutation is committed before its
 * payload is sent, so a failed COMMIT is reported as a failure; serialization conflicts
 * re-run the mutation; announcements of a change (domain events) follow its COMMIT
 * once, and never a rollback.
 */
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { createOrganization, OrganizationFixture } from '../support/factories';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';

let app: TestApp;
let org: OrganizationFixture;
let admin: Api;
beforeAll(async () => {
  app = await startTestApp();
  org = await createOrganization(app.sql, { clinics: 2, practitionersPerClinic: 1, protocols: [] });
  admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
});
afterAll(() => app.close());

const clinicId = (index: number) => toGlobalId('Clinic', org.clinics[index].id);

async function storedClinicName(index: number): Promise<string> {
  const [row] = await app.sql.query('SELECT name FROM clinics WHERE id = $1', [org.clinics[index].id]);
  return row.name;
}

async function auditRows(targetId: string, action: string): Promise<number> {
  const [row] = await app.sql.query('SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = $2', [targetId, action]);
  return row.n;
}

const eventsFor = (targetId: string) => app.events.filter((e) => e.targetId === targetId);

describe('a mutation is committed before its payload is sent', () => {
  test('given a success, when the payload arrives, then the change is already visible to everyone and announced once', async () => {
    const { clinicUpdate } = await admin.ClinicUpdate({ input: { id: clinicId(0), name: 'Committed Clinic' } });
    expect(clinicUpdate.userErrors).toEqual([]);
    expect(clinicUpdate.clinic?.name).toBe('Committed Clinic');
    expect(await storedClinicName(0)).toBe('Committed Clinic');
    expect(eventsFor(org.clinics[0].id).map((e) => [e.action, e.organizationId])).toEqual([['clinic.update', org.id]]);
  });

  describe('given a deferred constraint that fails only at COMMIT', () => {
    beforeAll(async () => {
      await app.sql.query(`CREATE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.name = 'Refused at commit' THEN RAISE EXCEPTION 'refused' USING ERRCODE = '23514', CONSTRAINT = 'test_refused_at_commit'; END IF;
          IF NEW.name = 'Broken at commit' THEN RAISE EXCEPTION 'broken' USING ERRCODE = 'XX000'; END IF;
          RETURN NULL;
        END $$`);
      await app.sql.query(`CREATE CONSTRAINT TRIGGER test_refused_at_commit AFTER UPDATE ON clinics
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_at_commit()`);
    });
    afterAll(async () => {
      await app.sql.query('DROP TRIGGER test_refused_at_commit ON clinics');
      await app.sql.query('DROP FUNCTION test_refuse_at_commit()');
    });

    test('when a constraint is violated at COMMIT, then the payload reports a userError, nothing is written and nothing announced', async () => {
      const before = await storedClinicName(1);
      const auditsBefore = await auditRows(org.clinics[1].id, 'clinic.update');
      const { clinicUpdate } = await admin.ClinicUpdate({ input: { id: clinicId(1), name: 'Refused at commit' } });
      expect(clinicUpdate.clinic).toBeNull();
      expect(clinicUpdate.userErrors).toEqual([{ code: 'INVALID', field: null, message: 'A value is out of range or malformed.' }]);
      expect(JSON.stringify(clinicUpdate)).not.toMatch(/test_refused_at_commit|clinics/);
      expect(await storedClinicName(1)).toBe(before);
      expect(await auditRows(org.clinics[1].id, 'clinic.update')).toBe(auditsBefore);
      expect(eventsFor(org.clinics[1].id)).toEqual([]);
    });

    test('when COMMIT fails unexpectedly, then the client gets an error and no payload, never a success', async () => {
      const before = await storedClinicName(1);
      const errors = await graphQLErrors(admin.ClinicUpdate({ input: { id: clinicId(1), name: 'Broken at commit' } }));
      expect(errors.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await storedClinicName(1)).toBe(before);
      expect(eventsFor(org.clinics[1].id)).toEqual([]);
    });
  });

  test('a mutation that fails validation announces nothing', async () => {
    const { clinicUpdate } = await admin.ClinicUpdate({ input: { id: clinicId(1), timeZone: 'Mars/Olympus' } });
    expect(clinicUpdate.userErrors.map((e) => e.code)).toEqual(['INVALID_TIME_ZONE']);
    expect(eventsFor(org.clinics[1].id)).toEqual([]);
  });
});

describe('read-only requests', () => {
  test.each([
    ['anonymous', () => Promise.resolve(app.client)],
    ['signed in', async () => (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).client],
  ])('a query %s runs in a READ ONLY transaction', async (_who, client) => {
    const requester = await client();
    const observed = app.requests.length;
    await requester.request(`query ReadOnlyProbe { clinics(filter: { organizationSlug: "${org.slug}" }) { totalCount } }`);
    const statements = app.requests.slice(observed).flatMap((r) => r.statements);
    expect(statements.some((s) => /READ ONLY|transaction_read_only/.test(s))).toBe(true);
  });
});

describe('concurrent grants of one qualification (REPEATABLE READ)', () => {
  /** Backends of the application role waiting for a lock. */
  async function waitingForLocks(): Promise<number> {
    const [row] = await app.sql.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'clinicgraph_app' AND datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return row.n;
  }

  test('given two grants that collide, then both succeed after a retry, one standing qualification remains and each is announced once', async () => {
    const practitioner = org.practitioners[0];
    const [treatment] = await app.sql.query(`SELECT id FROM treatments WHERE slug = 'microneedling' AND organization_id IS NULL`);
    const grant = (grantedOn: string) =>
      admin.QualificationGrant({
        input: {
          practitionerId: toGlobalId('Practitioner', practitioner.id),
          treatmentId: toGlobalId('Treatment', treatment.id),
          grantedOn,
        },
      });

    // Hold the practitioner's row so that both grants take their snapshot, then queue behind the lock.
    const holder = app.sql.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT 1 FROM practitioners WHERE id = $1 FOR UPDATE', [practitioner.id]);
    const eventsBefore = app.events.length;
    const grants = Promise.all([grant('2024-01-01'), grant('2024-02-01')]);
    try {
      for (let i = 0; i < 200 && (await waitingForLocks()) < 2; i++) await new Promise((r) => setTimeout(r, 25));
      expect(await waitingForLocks()).toBe(2);
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    const results = await grants;

    expect(results.map((r) => r.qualificationGrant.userErrors)).toEqual([[], []]);
    const standing = await app.sql.query(
      `SELECT granted_on FROM practitioner_qualifications WHERE practitioner_id = $1 AND treatment_id = $2 AND revoked_at IS NULL`,
      [practitioner.id, treatment.id],
    );
    expect(standing).toHaveLength(1);
    const grantEvents = app.events.slice(eventsBefore).filter((e) => e.action === 'qualification.grant');
    expect(grantEvents).toHaveLength(2);
    // The second grant re-ran: its first attempt was rolled back.
    const rollbacks = app.requests
      .filter((r) => r.operationName === 'QualificationGrant')
      .flatMap((r) => r.statements)
      .filter((s) => s === 'ROLLBACK');
    expect(rollbacks.length).toBeGreaterThanOrEqual(1);
  });
});

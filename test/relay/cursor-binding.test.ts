/**
 * A cursor belongs to the connection and the ordering that produced it: passed to another
 * list, or to the same list ordered otherwise, it is BAD_USER_INPUT naming `after`, never
 * silently ignored or read as a position in the wrong list.
 */
import { Role } from '../../src/auth/roles';
import { createOrganization, OrganizationFixture } from '../support/factories';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';

let app: TestApp;
let org: OrganizationFixture;
let admin: Api;
beforeAll(async () => {
  app = await startTestApp();
  org = await createOrganization(app.sql, { clinics: 6, practitionersPerClinic: 1, protocols: [] });
  admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
});
afterAll(() => app.close());

const badAfter = { code: 'BAD_USER_INPUT', argument: ['after'] };

test('a cursor of orderBy NAME passed with orderBy CITY is refused, and works with NAME', async () => {
  const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 2 });
  const after = clinics.pageInfo.endCursor!;

  const errors = await graphQLErrors(
    app.api.Clinics({ filter: { organizationSlug: org.slug }, orderBy: { field: 'CITY' }, first: 2, after }),
  );
  expect(errors).toEqual([expect.objectContaining({ extensions: badAfter })]);
  expect(errors[0].message).toContain('another connection or ordering');

  const descending = await graphQLErrors(
    app.api.Clinics({ filter: { organizationSlug: org.slug }, orderBy: { field: 'NAME', direction: 'DESC' }, first: 2, after }),
  );
  expect(descending).toEqual([expect.objectContaining({ extensions: badAfter })]);

  const { clinics: next } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, orderBy: { field: 'NAME' }, first: 2, after });
  expect(next.edges.map((e) => e.node.slug)).toEqual(['clinic-0003', 'clinic-0004']);
});

test('a clinics cursor passed to practitioners(after:) is refused', async () => {
  const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 2 });
  const errors = await graphQLErrors(admin.Practitioners({ first: 2, after: clinics.pageInfo.endCursor }));
  expect(errors).toEqual([expect.objectContaining({ extensions: badAfter })]);
});

test('an auditEvents cursor whose sort value has the wrong type is BAD_USER_INPUT, not an internal error', async () => {
  // Given a few audited changes and a real cursor of the audit trail
  for (const name of ['First', 'Second', 'Third']) {
    const { id } = (await admin.OrganizationLookup({ slug: org.slug })).organization!;
    await admin.OrganizationUpdate({ input: { id, name: `${name} name` } });
  }
  const { auditEvents } = await admin.AuditEventsPage({ first: 1 });
  const [, id, binding] = JSON.parse(Buffer.from(auditEvents.pageInfo.endCursor!, 'base64url').toString('utf8'));
  const forged = (value: unknown) => Buffer.from(JSON.stringify([value, id, binding]), 'utf8').toString('base64url');

  // When its timestamp is replaced by values PostgreSQL would refuse or misread
  for (const value of ['1', 1, 'yesterday', '2024-01-01', '2024-13-01T00:00:00.000Z']) {
    const errors = await graphQLErrors(admin.AuditEventsPage({ first: 1, after: forged(value) }));
    // Then each is refused as bad input
    expect(errors).toEqual([expect.objectContaining({ extensions: badAfter })]);
  }
  // And the real cursor still continues the trail
  const { auditEvents: next } = await admin.AuditEventsPage({ first: 1, after: auditEvents.pageInfo.endCursor });
  expect(next.edges).toHaveLength(1);
  expect(app.loggedErrors).toEqual([]);
});

test('the audit trail cursor ["1", <uuid>] without a binding is BAD_USER_INPUT', async () => {
  const after = Buffer.from(JSON.stringify(['1', '3f1c2a9e-7b4d-4c8e-9a21-5d6f7e8a9b0c'])).toString('base64url');
  const errors = await graphQLErrors(admin.AuditEventsPage({ first: 1, after }));
  expect(errors).toEqual([expect.objectContaining({ extensions: badAfter })]);
});

test('audit events within one millisecond are all paged: the cursor keeps microseconds', async () => {
  // Given three audit rows of a fresh organization, 100 microseconds apart (written as the
  // owner with triggers off, since the database stamps the time of application inserts)
  const own = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  // SET LOCAL in a transaction of its own: a session setting would outlive it on a pooled
  // server connection (through PgBouncer in transaction mode, on another client's).
  await app.sql.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    for (const at of ['2030-01-01 10:00:00.000100+00', '2030-01-01 10:00:00.000200+00', '2030-01-01 10:00:00.000300+00']) {
      await manager.query(
        `INSERT INTO audit_events (organization_id, actor_subject, action, target_type, occurred_at) VALUES ($1, 'test', 'test.same-millisecond', 'Test', $2)`,
        [own.id, at],
      );
    }
  });
  const ownAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: own.slug })).api;

  // When the trail is read one event per page
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const { auditEvents } = await ownAdmin.AuditEventsPage({ first: 1, after });
    seen.push(...auditEvents.edges.map((e) => e.node.id));
    if (!auditEvents.pageInfo.hasNextPage) break;
    after = auditEvents.pageInfo.endCursor;
  }

  // Then every event comes back once
  const [{ n }] = await app.sql.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1`, [
    own.id,
  ]);
  expect(n).toBeGreaterThanOrEqual(3);
  expect(seen).toHaveLength(n);
  expect(new Set(seen).size).toBe(n);
});

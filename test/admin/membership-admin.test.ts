/** Memberships: granting, changing and revoking roles, within what the granter holds. */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { signJwtFor } from '../support/tokens';

let app: TestApp;
let admin: Api;
let clinicIds: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.asDemoAdmin();
  const { clinics } = await admin.Clinics({});
  clinicIds = Object.fromEntries(clinics.edges.map((e) => [e.node.slug, e.node.id]));
});
afterAll(() => app.close());

test('an ORG_ADMIN grants a clinic-scoped role; the person signs in with exactly that', async () => {
  const { membershipCreate } = await admin.MembershipCreate({
    input: { subject: 'front-desk-anna', role: 'FRONT_DESK', clinicIds: [clinicIds['new-york-soho']] },
  });
  expect(membershipCreate.userErrors).toEqual([]);
  expect(membershipCreate.membership).toMatchObject({
    subject: 'front-desk-anna',
    role: 'FRONT_DESK',
    clinics: [{ slug: 'new-york-soho' }],
  });
  const anna = await signJwtFor(app, 'front-desk-anna');
  expect((await anna.Viewer()).viewer).toMatchObject({ role: 'FRONT_DESK', clinics: [{ slug: 'new-york-soho' }] });
  expect((await anna.Clinics({})).clinics.edges.map((e) => e.node.slug)).toEqual(['new-york-soho']);
});

test('update changes role and clinics; revoke locks the person out on the next request; all audited', async () => {
  const { membershipCreate } = await admin.MembershipCreate({
    input: { subject: 'nurse-ben', role: 'PRACTITIONER', clinicIds: [clinicIds['chicago-river-north']] },
  });
  const id = membershipCreate.membership!.id;
  const ben = await signJwtFor(app, 'nurse-ben');
  expect((await ben.Viewer()).viewer.role).toBe('PRACTITIONER');

  const { membershipUpdate } = await admin.MembershipUpdate({
    input: { id, role: 'CLINIC_MANAGER', clinicIds: [clinicIds['chicago-river-north'], clinicIds['los-angeles-west-hollywood']] },
  });
  expect(membershipUpdate.userErrors).toEqual([]);
  expect(membershipUpdate.membership?.clinics.map((c) => c.slug).sort()).toEqual(['chicago-river-north', 'los-angeles-west-hollywood']);
  expect((await ben.Viewer()).viewer.role).toBe('CLINIC_MANAGER');

  const { membershipRevoke } = await admin.MembershipRevoke({ input: { id } });
  expect(membershipRevoke.userErrors).toEqual([]);
  expect(membershipRevoke.membership?.revokedAt).not.toBeNull();
  expect((await graphQLErrors(ben.Viewer()))[0].extensions?.code).toBe('UNAUTHENTICATED');

  const { auditEvents } = await admin.AuditEvents({ filter: { targetType: 'Membership' }, first: 10 });
  const actions = auditEvents.edges.map((e) => e.node.action);
  expect(actions.slice(0, 3)).toEqual(['membership.revoke', 'membership.update', 'membership.create']);
  expect(auditEvents.edges[1].node.before).toMatchObject({ role: 'PRACTITIONER' });
  expect(auditEvents.edges[1].node.after).toMatchObject({ role: 'CLINIC_MANAGER' });
});

test('role and clinic rules are userErrors with their fields, and nothing is written', async () => {
  const [{ count: before }] = await app.sql.query('SELECT count(*)::int AS count FROM memberships');
  const cases: Array<[Parameters<Api['MembershipCreate']>[0]['input'], string, string[]]> = [
    [{ subject: 'x1', role: 'PRACTITIONER', clinicIds: [] }, 'CLINICS_REQUIRED', ['input', 'clinicIds']],
    [{ subject: 'x2', role: 'ANALYST', clinicIds: [clinicIds['new-york-soho']] }, 'CLINICS_NOT_ALLOWED', ['input', 'clinicIds']],
    [{ subject: 'x3', role: 'PLATFORM_ADMIN' }, 'NOT_ALLOWED', ['input', 'role']],
    [{ subject: 'x4', role: 'FRONT_DESK', clinicIds: ['not-an-id'] }, 'INVALID', ['input', 'clinicIds', '0']],
    [{ subject: 'dev|lumiere-skin|org_admin', role: 'ANALYST' }, 'TAKEN', ['input', 'subject']],
    [{ subject: '', role: 'ANALYST' }, 'INVALID', ['input', 'subject']],
  ];
  for (const [input, code, field] of cases) {
    const { membershipCreate } = await admin.MembershipCreate({ input });
    expect(membershipCreate.membership).toBeNull();
    expect(membershipCreate.userErrors).toEqual(expect.arrayContaining([expect.objectContaining({ code, field })]));
  }
  const [{ count: after }] = await app.sql.query('SELECT count(*)::int AS count FROM memberships');
  expect(after).toBe(before);
});

test('a CLINIC_MANAGER manages their clinics only and never grants more than their own role', async () => {
  const { api: manager } = await app.as({ role: Role.CLINIC_MANAGER, clinics: ['los-angeles-west-hollywood'] });
  const ok = await manager.MembershipCreate({
    input: { subject: 'la-front-desk', role: 'FRONT_DESK', clinicIds: [clinicIds['los-angeles-west-hollywood']] },
  });
  expect(ok.membershipCreate.userErrors).toEqual([]);

  const higher = await manager.MembershipCreate({ input: { subject: 'la-admin', role: 'ORG_ADMIN' } });
  expect(higher.membershipCreate.userErrors).toEqual(
    expect.arrayContaining([expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'role'] })]),
  );
  const elsewhere = await manager.MembershipCreate({
    input: { subject: 'ny-desk', role: 'FRONT_DESK', clinicIds: [clinicIds['new-york-soho']] },
  });
  // The organization's other clinics are visible (public) but not theirs: NOT_ALLOWED, as offeringSet answers.
  expect(elsewhere.membershipCreate.userErrors).toEqual([
    expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'clinicIds', '0'] }),
  ]);

  // They list only memberships of their clinics, and cannot touch the organization's admin.
  const { memberships } = await manager.Memberships({});
  expect(memberships.totalCount).toBeGreaterThan(0);
  expect(memberships.edges.every((e) => e.node.clinics.some((c) => c.slug === 'los-angeles-west-hollywood'))).toBe(true);
  const adminMembership = (await admin.Memberships({ filter: { role: 'ORG_ADMIN' } })).memberships.edges[0].node;
  const revoke = await manager.MembershipRevoke({ input: { id: adminMembership.id } });
  expect(revoke.membershipRevoke.userErrors[0].code).toBe('NOT_FOUND');
  expect(
    (await graphQLErrors((await app.as({ role: Role.FRONT_DESK, clinics: ['new-york-soho'] })).api.Memberships({})))[0].extensions?.code,
  ).toBe('FORBIDDEN');
});

test("another organization's admin cannot see, change or revoke our memberships", async () => {
  const glowAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: 'glow-london' })).api;
  const ours = (await admin.Memberships({})).memberships.edges.map((e) => e.node);
  const theirs = (await glowAdmin.Memberships({})).memberships.edges.map((e) => e.node);
  expect(theirs.every((m) => m.organization.slug === 'glow-london')).toBe(true);
  for (const membership of ours.slice(0, 3)) {
    const update = await glowAdmin.MembershipUpdate({ input: { id: membership.id, role: 'ANALYST' } });
    expect(update.membershipUpdate.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const revoke = await glowAdmin.MembershipRevoke({ input: { id: membership.id } });
    expect(revoke.membershipRevoke.userErrors[0].code).toBe('NOT_FOUND');
    expect((await glowAdmin.Node({ id: membership.id })).node).toBeNull();
  }
  const after = (await admin.Memberships({})).memberships.edges.map((e) => e.node);
  expect(after.map((m) => [m.id, m.role, m.revokedAt])).toEqual(ours.map((m) => [m.id, m.role, m.revokedAt]));
  // Clinics of another organization are unknown references.
  const foreignClinic = await glowAdmin.MembershipCreate({
    input: { subject: 'z', role: 'FRONT_DESK', clinicIds: [clinicIds['new-york-soho']] },
  });
  expect(foreignClinic.membershipCreate.userErrors).toEqual([
    expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'clinicIds', '0'] }),
  ]);
});

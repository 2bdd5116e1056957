/**
 * Franchise admins create and change practitioners, the clinics they work at and their
 * qualifications; every change is audited and a failed one writes nothing.
 */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { AuditRow } from '../support/audit';
import { createOrganization } from '../support/factories';

let app: TestApp;
let admin: Api;
let clinicIds: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.asDemoAdmin();
  const { clinics } = await admin.PractitionerAdminClinics({ filter: { organizationSlug: 'lumiere-skin' } });
  clinicIds = Object.fromEntries(clinics.edges.map((e) => [e.node.slug, e.node.id]));
});
afterAll(() => app.close());

const unknownId = (typename: string) => Buffer.from(`${typename}:00000000-0000-4000-8000-000000000000`).toString('base64url');

const newPractitioner = (slug: string, clinics: string[] = []) => ({
  slug,
  title: 'Dr.',
  givenName: 'Lena',
  familyName: 'Okafor',
  profession: 'Dermatologist',
  credentials: ['MD', 'FAAD'],
  bio: 'Dermatologist for acne scars.',
  clinicIds: clinics.map((c) => clinicIds[c]),
});

async function create(api: Api, slug: string, clinics: string[] = []) {
  const { practitionerCreate } = await api.PractitionerCreate({ input: newPractitioner(slug, clinics) });
  expect(practitionerCreate.userErrors).toEqual([]);
  return practitionerCreate.practitioner!;
}

async function treatmentId(api: Api, slug: string): Promise<string> {
  const { treatment } = await api.PractitionerAdminTreatment({ slug });
  return treatment!.id;
}

async function listed(api: Api, slug: string) {
  const { practitioners } = await api.PractitionerAdminList({});
  return practitioners.edges.map((e) => e.node).find((p) => p.slug === slug);
}

async function clinicPractitioners(clinic: string): Promise<string[]> {
  const { clinics } = await admin.PractitionerAdminClinics({ filter: { organizationSlug: 'lumiere-skin' } });
  return clinics.edges.find((e) => e.node.slug === clinic)!.node.practitioners!.edges.map((e) => e.node.slug);
}

async function qualifiedFor(treatment: string): Promise<string[]> {
  const { treatment: t } = await admin.PractitionerAdminTreatment({ slug: treatment });
  return t!.qualifiedPractitioners!.edges.map((e) => e.node.slug);
}

/** Rows that a failed mutation must leave alone. */
async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await app.sql.query(`SELECT
    (SELECT count(*)::int FROM practitioners) AS practitioners,
    (SELECT count(*)::int FROM practitioner_clinics) AS practitioner_clinics,
    (SELECT count(*)::int FROM practitioner_qualifications) AS qualifications,
    (SELECT count(*)::int FROM practitioner_qualifications WHERE revoked_at IS NOT NULL) AS revoked,
    (SELECT count(*)::int FROM audit_events) AS audit_events`);
  return row;
}

async function auditCount(action: string): Promise<number> {
  const [{ count }] = await app.sql.query('SELECT count(*)::int AS count FROM audit_events WHERE action = $1', [action]);
  return count;
}

async function lastAudit(action: string): Promise<Omit<AuditRow, 'organization_id' | 'action'>> {
  const [event] = await app.sql.query(
    `SELECT actor_subject, target_type, target_id, before, after FROM audit_events WHERE action = $1 ORDER BY occurred_at DESC LIMIT 1`,
    [action],
  );
  return event;
}

/** The demo organization's practitioner rows, their clinics and qualifications, as the owner sees them. */
async function demoRows(): Promise<unknown> {
  return app.sql.query(`
    SELECT p.slug, p.given_name, p.family_name, p.updated_at,
           (SELECT array_agg(pc.clinic_id ORDER BY pc.clinic_id) FROM practitioner_clinics pc WHERE pc.practitioner_id = p.id) AS clinics,
           (SELECT json_agg(json_build_object('id', pq.id, 'revoked_at', pq.revoked_at) ORDER BY pq.id) FROM practitioner_qualifications pq WHERE pq.practitioner_id = p.id) AS qualifications
      FROM practitioners p JOIN organizations o ON o.id = p.organization_id
     WHERE o.slug = 'lumiere-skin' ORDER BY p.slug`);
}

describe('practitionerCreate', () => {
  test('creates a practitioner who then appears in `practitioners` and in `clinic.practitioners`, audited', async () => {
    const before = await auditCount('practitioner.create');
    const { practitionerCreate } = await admin.PractitionerCreate({
      input: newPractitioner('lena-okafor', ['new-york-soho', 'chicago-river-north']),
    });
    expect(practitionerCreate.userErrors).toEqual([]);
    expect(practitionerCreate.practitioner).toMatchObject({
      slug: 'lena-okafor',
      title: 'Dr.',
      displayName: 'Dr. Lena Okafor',
      profession: 'Dermatologist',
      credentials: ['MD', 'FAAD'],
      bio: 'Dermatologist for acne scars.',
      active: true,
      qualifications: [],
    });
    expect(practitionerCreate.practitioner!.clinics.map((c) => c.slug).sort()).toEqual(['chicago-river-north', 'new-york-soho']);

    expect(await listed(admin, 'lena-okafor')).toMatchObject({ id: practitionerCreate.practitioner!.id, displayName: 'Dr. Lena Okafor' });
    expect(await clinicPractitioners('new-york-soho')).toContain('lena-okafor');
    expect(await clinicPractitioners('chicago-river-north')).toContain('lena-okafor');
    expect(await clinicPractitioners('los-angeles-west-hollywood')).not.toContain('lena-okafor');

    expect(await auditCount('practitioner.create')).toBe(before + 1);
    const event = await lastAudit('practitioner.create');
    expect(event.actor_subject).toBe('dev|lumiere-skin|org_admin');
    expect(event.target_type).toBe('Practitioner');
    expect(event.after).toMatchObject({ slug: 'lena-okafor', given_name: 'Lena', family_name: 'Okafor' });
    expect(event.after!.clinic_ids).toHaveLength(2);
  });

  test('only the required fields are needed; the same clinic given twice counts once', async () => {
    const { practitionerCreate } = await admin.PractitionerCreate({
      input: {
        slug: 'minimal',
        givenName: 'Min',
        familyName: 'Imal',
        profession: 'Aesthetic nurse',
        clinicIds: [clinicIds['new-york-soho'], clinicIds['new-york-soho']],
      },
    });
    expect(practitionerCreate.userErrors).toEqual([]);
    expect(practitionerCreate.practitioner).toMatchObject({
      title: null,
      bio: null,
      credentials: [],
      clinics: [{ slug: 'new-york-soho' }],
    });
  });

  test('invalid values are INVALID at their fields and nothing is written', async () => {
    const before = await rowCounts();
    const { practitionerCreate } = await admin.PractitionerCreate({
      input: { ...newPractitioner('Not A Slug', ['new-york-soho']), givenName: '   ', profession: '\t', credentials: ['MD', ''] },
    });
    expect(practitionerCreate.practitioner).toBeNull();
    expect(practitionerCreate.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID', field: ['input', 'slug'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'givenName'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'profession'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'credentials', '1'] }),
      ]),
    );
    expect(practitionerCreate.userErrors).toHaveLength(4);
    expect(await rowCounts()).toEqual(before);
  });

  test('unknown clinic ids are NOT_FOUND at their index, malformed ones INVALID, and nothing is written', async () => {
    for (const [bad, code] of [
      [unknownId('Clinic'), 'NOT_FOUND'],
      ['not-an-id', 'INVALID'],
      [unknownId('Practitioner'), 'INVALID'],
    ]) {
      const before = await rowCounts();
      const { practitionerCreate } = await admin.PractitionerCreate({
        input: { ...newPractitioner('bad-clinic'), clinicIds: [clinicIds['new-york-soho'], bad] },
      });
      expect(practitionerCreate).toEqual({
        practitioner: null,
        userErrors: [expect.objectContaining({ code, field: ['input', 'clinicIds', '1'] })],
      });
      expect(await rowCounts()).toEqual(before);
    }
    expect(await listed(admin, 'bad-clinic')).toBeUndefined();
  });

  test('a duplicate slug is TAKEN at input.slug; the same slug in another organization is fine', async () => {
    const before = await rowCounts();
    const { practitionerCreate } = await admin.PractitionerCreate({ input: newPractitioner('amelia-hart', ['new-york-soho']) });
    expect(practitionerCreate).toEqual({
      practitioner: null,
      userErrors: [expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })],
    });
    expect(await rowCounts()).toEqual(before);

    const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
    const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
    const created = await otherAdmin.PractitionerCreate({ input: { ...newPractitioner('amelia-hart'), clinicIds: [] } });
    expect(created.practitionerCreate.userErrors).toEqual([]);
  });
});

describe('practitionerUpdate', () => {
  test('changes the given fields, keeps the omitted ones, and is audited with before and after', async () => {
    const created = await create(admin, 'to-update', ['new-york-soho']);
    const { practitionerUpdate } = await admin.PractitionerUpdate({
      input: { id: created.id, familyName: 'Okafor-Smith', credentials: ['MD'] },
    });
    expect(practitionerUpdate.userErrors).toEqual([]);
    expect(practitionerUpdate.practitioner).toMatchObject({
      id: created.id,
      slug: 'to-update',
      title: 'Dr.',
      givenName: 'Lena',
      familyName: 'Okafor-Smith',
      credentials: ['MD'],
      profession: 'Dermatologist',
      bio: 'Dermatologist for acne scars.',
      clinics: [{ slug: 'new-york-soho' }],
    });
    expect(await listed(admin, 'to-update')).toMatchObject({ displayName: 'Dr. Lena Okafor-Smith' });
    const event = await lastAudit('practitioner.update');
    expect(event.before).toMatchObject({ family_name: 'Okafor', credentials: ['MD', 'FAAD'] });
    expect(event.after).toMatchObject({ family_name: 'Okafor-Smith', credentials: ['MD'] });
  });

  test('null clears the title and bio; null for a required field leaves it', async () => {
    const created = await create(admin, 'to-clear', ['new-york-soho']);
    const { practitionerUpdate } = await admin.PractitionerUpdate({ input: { id: created.id, title: null, bio: null, familyName: null } });
    expect(practitionerUpdate.userErrors).toEqual([]);
    expect(practitionerUpdate.practitioner).toMatchObject({ title: null, bio: null, familyName: 'Okafor', displayName: 'Lena Okafor' });
  });

  test("a new slug must be free; keeping one's own slug is fine", async () => {
    const created = await create(admin, 'slug-owner');
    const before = await rowCounts();
    const taken = await admin.PractitionerUpdate({ input: { id: created.id, slug: 'marcus-chen' } });
    expect(taken.practitionerUpdate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
    expect(await rowCounts()).toEqual(before);
    const same = await admin.PractitionerUpdate({ input: { id: created.id, slug: 'slug-owner', givenName: 'Renamed' } });
    expect(same.practitionerUpdate.userErrors).toEqual([]);
    const renamed = await admin.PractitionerUpdate({ input: { id: created.id, slug: 'slug-renamed' } });
    expect(renamed.practitionerUpdate.practitioner).toMatchObject({ slug: 'slug-renamed', givenName: 'Renamed' });
  });

  test('invalid values are INVALID and change nothing', async () => {
    const created = await create(admin, 'invalid-update');
    const before = await rowCounts();
    const { practitionerUpdate } = await admin.PractitionerUpdate({ input: { id: created.id, slug: '-bad-', familyName: '', bio: '   ' } });
    expect(practitionerUpdate.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID', field: ['input', 'slug'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'familyName'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'bio'] }),
      ]),
    );
    expect(await rowCounts()).toEqual(before);
    expect(await listed(admin, 'invalid-update')).toMatchObject({ familyName: 'Okafor' });
  });

  test('unknown ids are NOT_FOUND at input.id, malformed ones and ids of another type INVALID', async () => {
    for (const [id, code] of [
      ['not-an-id', 'INVALID'],
      [unknownId('Practitioner'), 'NOT_FOUND'],
      [clinicIds['new-york-soho'], 'INVALID'],
    ]) {
      const { practitionerUpdate } = await admin.PractitionerUpdate({ input: { id, givenName: 'x' } });
      expect(practitionerUpdate).toEqual({ practitioner: null, userErrors: [expect.objectContaining({ code, field: ['input', 'id'] })] });
    }
  });
});

describe('practitionerAssignClinic and practitionerRemoveClinic', () => {
  test("assigning adds the practitioner to the clinic's practitioners, removing takes them out; both audited", async () => {
    const created = await create(admin, 'mover', ['new-york-soho']);
    const input = { practitionerId: created.id, clinicId: clinicIds['los-angeles-west-hollywood'] };

    const assigned = await admin.PractitionerAssignClinic({ input });
    expect(assigned.practitionerAssignClinic.userErrors).toEqual([]);
    expect(assigned.practitionerAssignClinic.practitioner!.clinics.map((c) => c.slug).sort()).toEqual([
      'los-angeles-west-hollywood',
      'new-york-soho',
    ]);
    expect(await clinicPractitioners('los-angeles-west-hollywood')).toContain('mover');
    const assignEvent = await lastAudit('practitioner.assignClinic');
    expect(assignEvent.before!.clinic_ids).toHaveLength(1);
    expect(assignEvent.after!.clinic_ids).toHaveLength(2);

    // Assigning again changes nothing and writes no audit row.
    const before = await rowCounts();
    const again = await admin.PractitionerAssignClinic({ input });
    expect(again.practitionerAssignClinic.userErrors).toEqual([]);
    expect(again.practitionerAssignClinic.practitioner!.clinics).toHaveLength(2);
    expect(await rowCounts()).toEqual(before);

    const removed = await admin.PractitionerRemoveClinic({ input: { practitionerId: created.id, clinicId: clinicIds['new-york-soho'] } });
    expect(removed.practitionerRemoveClinic.userErrors).toEqual([]);
    expect(removed.practitionerRemoveClinic.practitioner!.clinics.map((c) => c.slug)).toEqual(['los-angeles-west-hollywood']);
    expect(await clinicPractitioners('new-york-soho')).not.toContain('mover');
    const removeEvent = await lastAudit('practitioner.removeClinic');
    expect(removeEvent.before!.clinic_ids).toHaveLength(2);
    expect(removeEvent.after!.clinic_ids).toHaveLength(1);

    const removeAgain = await admin.PractitionerRemoveClinic({
      input: { practitionerId: created.id, clinicId: clinicIds['new-york-soho'] },
    });
    expect(removeAgain.practitionerRemoveClinic.userErrors).toEqual([]);
    expect(await auditCount('practitioner.removeClinic')).toBe(1);
  });

  test('unknown practitioner or clinic ids are NOT_FOUND at their fields, malformed ones INVALID, and change nothing', async () => {
    const created = await create(admin, 'stays-put', ['new-york-soho']);
    const before = await rowCounts();
    for (const mutation of ['PractitionerAssignClinic', 'PractitionerRemoveClinic'] as const) {
      for (const [bad, code] of [
        ['not-an-id', 'INVALID'],
        [unknownId('Clinic'), 'NOT_FOUND'],
        [created.id, 'INVALID'],
      ]) {
        const result = await admin[mutation]({ input: { practitionerId: created.id, clinicId: bad } });
        expect(Object.values(result)[0]).toEqual({
          practitioner: null,
          userErrors: [expect.objectContaining({ code, field: ['input', 'clinicId'] })],
        });
      }
      for (const [bad, code] of [
        ['not-an-id', 'INVALID'],
        [unknownId('Practitioner'), 'NOT_FOUND'],
        [clinicIds['new-york-soho'], 'INVALID'],
      ]) {
        const result = await admin[mutation]({ input: { practitionerId: bad, clinicId: clinicIds['chicago-river-north'] } });
        expect(Object.values(result)[0]).toEqual({
          practitioner: null,
          userErrors: [expect.objectContaining({ code, field: ['input', 'practitionerId'] })],
        });
      }
    }
    expect(await rowCounts()).toEqual(before);
    expect(await clinicPractitioners('new-york-soho')).toContain('stays-put');
  });
});

describe('qualificationGrant and qualificationRevoke', () => {
  test('a granted qualification is valid and makes the practitioner qualified; revoking takes it away; both audited', async () => {
    const created = await create(admin, 'qualified', ['new-york-soho']);
    const microneedling = await treatmentId(admin, 'microneedling');
    expect(await qualifiedFor('microneedling')).not.toContain('qualified');

    const { qualificationGrant } = await admin.QualificationGrant({
      input: { practitionerId: created.id, treatmentId: microneedling, grantedOn: '2024-03-01', expiresOn: '2099-02-28' },
    });
    expect(qualificationGrant.userErrors).toEqual([]);
    expect(qualificationGrant.qualification).toMatchObject({
      grantedOn: '2024-03-01',
      expiresOn: '2099-02-28',
      isValid: true,
      treatment: { slug: 'microneedling' },
      practitioner: { slug: 'qualified' },
    });
    const qualificationId = qualificationGrant.qualification!.id;
    expect((await listed(admin, 'qualified'))!.qualifications).toEqual([
      { id: qualificationId, grantedOn: '2024-03-01', expiresOn: '2099-02-28', isValid: true, treatment: { slug: 'microneedling' } },
    ]);
    expect(await qualifiedFor('microneedling')).toContain('qualified');
    const grantEvent = await lastAudit('qualification.grant');
    expect(grantEvent).toMatchObject({
      target_type: 'Qualification',
      before: null,
      after: { granted_on: '2024-03-01', expires_on: '2099-02-28' },
    });

    const { qualificationRevoke } = await admin.QualificationRevoke({ input: { id: qualificationId } });
    expect(qualificationRevoke.userErrors).toEqual([]);
    expect(qualificationRevoke.qualification).toMatchObject({ id: qualificationId, isValid: false });
    expect((await listed(admin, 'qualified'))!.qualifications).toEqual([]);
    expect(await qualifiedFor('microneedling')).not.toContain('qualified');
    const revokeEvent = await lastAudit('qualification.revoke');
    expect(revokeEvent.before!.revoked_at).toBeNull();
    expect(revokeEvent.after!.revoked_at).not.toBeNull();

    // Revoking again changes nothing.
    const before = await rowCounts();
    const again = await admin.QualificationRevoke({ input: { id: qualificationId } });
    expect(again.qualificationRevoke).toEqual({
      qualification: expect.objectContaining({ id: qualificationId, isValid: false }),
      userErrors: [],
    });
    expect(await rowCounts()).toEqual(before);
  });

  test('a qualification without expiry is valid; one that expired is listed with isValid false and does not qualify', async () => {
    const created = await create(admin, 'expiring', ['chicago-river-north']);
    const prp = await treatmentId(admin, 'prp-therapy');
    const peel = await treatmentId(admin, 'chemical-peel-glycolic');
    const forever = await admin.QualificationGrant({ input: { practitionerId: created.id, treatmentId: prp, grantedOn: '2020-01-01' } });
    expect(forever.qualificationGrant.qualification).toMatchObject({ expiresOn: null, isValid: true });
    const expired = await admin.QualificationGrant({
      input: { practitionerId: created.id, treatmentId: peel, grantedOn: '2019-01-01', expiresOn: '2020-12-31' },
    });
    expect(expired.qualificationGrant.qualification).toMatchObject({ expiresOn: '2020-12-31', isValid: false });
    const { qualifications } = (await listed(admin, 'expiring'))!;
    expect(qualifications.map((q) => [q.treatment.slug, q.isValid]).sort()).toEqual([
      ['chemical-peel-glycolic', false],
      ['prp-therapy', true],
    ]);
    expect(await qualifiedFor('prp-therapy')).toContain('expiring');
    expect(await qualifiedFor('chemical-peel-glycolic')).not.toContain('expiring');
  });

  test('granting again for the same treatment replaces the standing qualification', async () => {
    const created = await create(admin, 'renewed', ['new-york-soho']);
    const microneedling = await treatmentId(admin, 'microneedling');
    const first = await admin.QualificationGrant({
      input: { practitionerId: created.id, treatmentId: microneedling, grantedOn: '2019-01-01', expiresOn: '2021-01-01' },
    });
    const oldId = first.qualificationGrant.qualification!.id;
    expect(await qualifiedFor('microneedling')).not.toContain('renewed');

    const renewal = await admin.QualificationGrant({
      input: { practitionerId: created.id, treatmentId: microneedling, grantedOn: '2024-01-01', expiresOn: '2099-01-01' },
    });
    expect(renewal.qualificationGrant.userErrors).toEqual([]);
    const newId = renewal.qualificationGrant.qualification!.id;
    expect(newId).not.toBe(oldId);
    expect((await listed(admin, 'renewed'))!.qualifications).toEqual([
      expect.objectContaining({ id: newId, isValid: true, expiresOn: '2099-01-01' }),
    ]);
    expect(await qualifiedFor('microneedling')).toContain('renewed');
    const rows = await app.sql.query(
      `SELECT granted_on::text, revoked_at IS NOT NULL AS revoked FROM practitioner_qualifications pq
        JOIN practitioners p ON p.id = pq.practitioner_id WHERE p.slug = 'renewed' ORDER BY granted_on`,
    );
    expect(rows).toEqual([
      { granted_on: '2019-01-01', revoked: true },
      { granted_on: '2024-01-01', revoked: false },
    ]);
    const event = await lastAudit('qualification.grant');
    expect(event.before).toMatchObject({ granted_on: '2019-01-01', revoked_at: null });
    expect(event.after).toMatchObject({ granted_on: '2024-01-01' });
  });

  test('invalid dates are INVALID at their fields and nothing is written', async () => {
    const created = await create(admin, 'bad-dates');
    const microneedling = await treatmentId(admin, 'microneedling');
    const cases: Array<[{ grantedOn: string; expiresOn?: string }, string[]]> = [
      [{ grantedOn: '2024-02-30' }, ['grantedOn']],
      [{ grantedOn: '01/03/2024' }, ['grantedOn']],
      [{ grantedOn: '2024-03-01', expiresOn: 'next year' }, ['expiresOn']],
      [{ grantedOn: '2024-03-01', expiresOn: '2024-02-29' }, ['expiresOn']],
      [{ grantedOn: 'today', expiresOn: '2023-13-01' }, ['grantedOn', 'expiresOn']],
    ];
    for (const [dates, fields] of cases) {
      const before = await rowCounts();
      const { qualificationGrant } = await admin.QualificationGrant({
        input: { practitionerId: created.id, treatmentId: microneedling, ...dates },
      });
      expect(qualificationGrant.qualification).toBeNull();
      expect(qualificationGrant.userErrors).toEqual(fields.map((f) => expect.objectContaining({ code: 'INVALID', field: ['input', f] })));
      expect(await rowCounts()).toEqual(before);
    }
    const sameDay = await admin.QualificationGrant({
      input: { practitionerId: created.id, treatmentId: microneedling, grantedOn: '2024-03-01', expiresOn: '2024-03-01' },
    });
    expect(sameDay.qualificationGrant.userErrors).toEqual([]);
  });

  test('unknown practitioner or treatment ids are NOT_FOUND at their fields, malformed ones INVALID, and nothing is written', async () => {
    const created = await create(admin, 'grant-target');
    const microneedling = await treatmentId(admin, 'microneedling');
    const before = await rowCounts();
    for (const [bad, code] of [
      ['not-an-id', 'INVALID'],
      [unknownId('Treatment'), 'NOT_FOUND'],
      [clinicIds['new-york-soho'], 'INVALID'],
    ]) {
      const { qualificationGrant } = await admin.QualificationGrant({
        input: { practitionerId: created.id, treatmentId: bad, grantedOn: '2024-01-01' },
      });
      expect(qualificationGrant).toEqual({
        qualification: null,
        userErrors: [expect.objectContaining({ code, field: ['input', 'treatmentId'] })],
      });
    }
    for (const [bad, code] of [
      ['not-an-id', 'INVALID'],
      [unknownId('Practitioner'), 'NOT_FOUND'],
      [microneedling, 'INVALID'],
    ]) {
      const { qualificationGrant } = await admin.QualificationGrant({
        input: { practitionerId: bad, treatmentId: microneedling, grantedOn: '2024-01-01' },
      });
      expect(qualificationGrant).toEqual({
        qualification: null,
        userErrors: [expect.objectContaining({ code, field: ['input', 'practitionerId'] })],
      });
    }
    for (const [bad, code] of [
      ['not-an-id', 'INVALID'],
      [unknownId('Qualification'), 'NOT_FOUND'],
      [created.id, 'INVALID'],
    ]) {
      const { qualificationRevoke } = await admin.QualificationRevoke({ input: { id: bad } });
      expect(qualificationRevoke).toEqual({ qualification: null, userErrors: [expect.objectContaining({ code, field: ['input', 'id'] })] });
    }
    expect(await rowCounts()).toEqual(before);
  });

  test('a retired treatment takes no new qualification: TREATMENT_RETIRED at input.treatmentId, nothing written', async () => {
    const created = await create(admin, 'late-learner');
    await app.sql.query(`
      INSERT INTO treatments (organization_id, slug, name, category, invasiveness, summary, description,
                              duration_min_minutes, duration_max_minutes, recovery, comfort)
      VALUES (NULL, 'dermabrasion-classic', 'Classic dermabrasion', 'MICRONEEDLING', 'MINIMALLY_INVASIVE', 'Old resurfacing.',
              'Mechanical resurfacing, no longer offered.', 30, 60, '{}', '{}')`);
    // The admin still holds the id from before the treatment was retired.
    const dermabrasion = await treatmentId(admin, 'dermabrasion-classic');
    await app.sql.query(`UPDATE treatments SET retired_at = now() WHERE slug = 'dermabrasion-classic'`);
    const before = await rowCounts();
    const { qualificationGrant } = await admin.QualificationGrant({
      input: { practitionerId: created.id, treatmentId: dermabrasion, grantedOn: '2024-01-01' },
    });
    expect(qualificationGrant).toEqual({
      qualification: null,
      userErrors: [expect.objectContaining({ code: 'TREATMENT_RETIRED', field: ['input', 'treatmentId'] })],
    });
    expect(await rowCounts()).toEqual(before);
  });

  test("an organization's own treatment is grantable by that organization and NOT_FOUND for others", async () => {
    const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
    const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
    await app.sql.query(
      `
      INSERT INTO treatments (organization_id, slug, name, category, invasiveness, summary, description,
                              duration_min_minutes, duration_max_minutes, recovery, comfort)
      VALUES ($1, 'house-facial', 'House facial', 'CHEMICAL_PEEL', 'NON_INVASIVE', 'Signature facial.', 'The chain''s own facial.', 45, 60, '{}', '{}')`,
      [other.id],
    );
    const houseFacial = await treatmentId(otherAdmin, 'house-facial');
    expect((await admin.PractitionerAdminTreatment({ slug: 'house-facial' })).treatment).toBeNull();

    const own = await create(otherAdmin, 'house-practitioner');
    const granted = await otherAdmin.QualificationGrant({
      input: { practitionerId: own.id, treatmentId: houseFacial, grantedOn: '2024-01-01' },
    });
    expect(granted.qualificationGrant.userErrors).toEqual([]);
    expect(granted.qualificationGrant.qualification).toMatchObject({ isValid: true, treatment: { slug: 'house-facial' } });

    const ours = await create(admin, 'wants-house-facial');
    const before = await rowCounts();
    const refused = await admin.QualificationGrant({
      input: { practitionerId: ours.id, treatmentId: houseFacial, grantedOn: '2024-01-01' },
    });
    expect(refused.qualificationGrant).toEqual({
      qualification: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'treatmentId'] })],
    });
    expect(await rowCounts()).toEqual(before);
  });
});

test("another organization's admin gets NOT_FOUND for the demo organization's ids and changes nothing", async () => {
  const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 1, protocols: [] });
  const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
  const amelia = (await listed(admin, 'amelia-hart'))!;
  const demoQualification = amelia.qualifications[0].id;
  const microneedling = await treatmentId(otherAdmin, 'microneedling');
  const { practitioners } = await otherAdmin.PractitionerAdminList({});
  const ownPractitioner = practitioners.edges[0].node;
  expect(practitioners.edges.map((e) => e.node.slug)).not.toContain('amelia-hart');
  const ownClinic = ownPractitioner.clinics[0].id;

  const before = { rows: await demoRows(), counts: await rowCounts() };
  const notFound = (field: string[]) => ({ userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field })] });
  expect((await otherAdmin.PractitionerUpdate({ input: { id: amelia.id, givenName: 'Hijacked' } })).practitionerUpdate).toMatchObject(
    notFound(['input', 'id']),
  );
  expect(
    (await otherAdmin.PractitionerAssignClinic({ input: { practitionerId: amelia.id, clinicId: ownClinic } })).practitionerAssignClinic,
  ).toMatchObject(notFound(['input', 'practitionerId']));
  expect(
    (await otherAdmin.PractitionerRemoveClinic({ input: { practitionerId: amelia.id, clinicId: clinicIds['new-york-soho'] } }))
      .practitionerRemoveClinic,
  ).toMatchObject(notFound(['input', 'practitionerId']));
  expect(
    (await otherAdmin.PractitionerAssignClinic({ input: { practitionerId: ownPractitioner.id, clinicId: clinicIds['new-york-soho'] } }))
      .practitionerAssignClinic,
  ).toMatchObject(notFound(['input', 'clinicId']));
  expect(
    (await otherAdmin.PractitionerCreate({ input: { ...newPractitioner('intruder'), clinicIds: [clinicIds['new-york-soho']] } }))
      .practitionerCreate,
  ).toMatchObject(notFound(['input', 'clinicIds', '0']));
  expect(
    (await otherAdmin.QualificationGrant({ input: { practitionerId: amelia.id, treatmentId: microneedling, grantedOn: '2024-01-01' } }))
      .qualificationGrant,
  ).toMatchObject(notFound(['input', 'practitionerId']));
  expect((await otherAdmin.QualificationRevoke({ input: { id: demoQualification } })).qualificationRevoke).toMatchObject(
    notFound(['input', 'id']),
  );

  expect(await demoRows()).toEqual(before.rows);
  expect(await rowCounts()).toEqual(before.counts);
  expect((await listed(admin, 'amelia-hart'))!.qualifications).toEqual(amelia.qualifications);
});

test('roles other than ORG_ADMIN are FORBIDDEN, anonymous UNAUTHENTICATED, and nothing is written', async () => {
  const amelia = (await listed(admin, 'amelia-hart'))!;
  const microneedling = await treatmentId(admin, 'microneedling');
  const calls = (api: Api) => [
    api.PractitionerCreate({ input: newPractitioner('nope', ['new-york-soho']) }),
    api.PractitionerUpdate({ input: { id: amelia.id, givenName: 'Nope' } }),
    api.PractitionerAssignClinic({ input: { practitionerId: amelia.id, clinicId: clinicIds['los-angeles-west-hollywood'] } }),
    api.PractitionerRemoveClinic({ input: { practitionerId: amelia.id, clinicId: clinicIds['new-york-soho'] } }),
    api.QualificationGrant({ input: { practitionerId: amelia.id, treatmentId: microneedling, grantedOn: '2024-01-01' } }),
    api.QualificationRevoke({ input: { id: amelia.qualifications[0].id } }),
  ];
  const identities = [
    { role: Role.CLINIC_MANAGER, clinics: ['new-york-soho'] },
    { role: Role.PRACTITIONER, clinics: ['new-york-soho'] },
    { role: Role.FRONT_DESK, clinics: ['new-york-soho'] },
    { role: Role.ANALYST },
    { role: Role.PLATFORM_ADMIN },
  ];
  // Signing in writes the membership (and its audit row), so do it before counting.
  const signedIn = await Promise.all(identities.map(async (identity) => ({ identity, api: (await app.as(identity)).api })));
  const before = { rows: await demoRows(), counts: await rowCounts() };
  for (const { identity, api } of signedIn) {
    for (const call of calls(api)) {
      expect([identity.role, (await graphQLErrors(call))[0].extensions?.code]).toEqual([identity.role, 'FORBIDDEN']);
    }
  }
  for (const call of calls(app.api)) expect((await graphQLErrors(call))[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await demoRows()).toEqual(before.rows);
  expect(await rowCounts()).toEqual(before.counts);
});

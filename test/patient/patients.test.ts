/**
 * Staff register and change patients and find them by name, e-mail or phone; bad input
 * is a typed userError and writes nothing.
 */
import { Role } from '../../src/auth/roles';
import { Api, startTestApp, TestApp } from '../support/harness';
import { daysAgo, ownOrganization, patientRowCounts, register, unknownId } from './fixtures';

let app: TestApp;
let admin: Api;
let clinicId: string;
beforeAll(async () => {
  app = await startTestApp();
  const own = await ownOrganization(app);
  admin = own.admin;
  clinicId = Buffer.from(`Clinic:${own.org.clinics[0].id}`).toString('base64url');
});
afterAll(() => app.close());

describe('registering a patient', () => {
  test('front desk registers a patient with contact, skin type and preferred clinic, and reads them back', async () => {
    const { org } = await ownOrganization(app);
    const frontDesk = (await app.as({ role: Role.FRONT_DESK, organization: org.slug, clinics: ['clinic-0001'] })).api;
    const preferred = Buffer.from(`Clinic:${org.clinics[0].id}`).toString('base64url');

    const patient = await register(frontDesk, {
      givenName: 'Maya',
      familyName: 'Chen',
      dateOfBirth: '1987-02-03',
      email: 'maya.chen@example.com',
      phone: '+4915112345678',
      skinType: 'IV',
      preferredClinicId: preferred,
    });

    expect(patient).toMatchObject({
      givenName: 'Maya',
      familyName: 'Chen',
      displayName: 'Maya Chen',
      dateOfBirth: '1987-02-03',
      email: 'maya.chen@example.com',
      phone: '+4915112345678',
      skinType: 'IV',
      preferredClinic: { id: preferred, slug: 'clinic-0001' },
    });
    expect((await frontDesk.PatientById({ id: patient.id })).patient).toEqual(patient);
  });

  test.each([
    ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, ['input', 'dateOfBirth']],
    ['a date of birth 140 years ago', { dateOfBirth: daysAgo(365 * 140) }, ['input', 'dateOfBirth']],
    ['a date that is no day', { dateOfBirth: '1990-02-30' }, ['input', 'dateOfBirth']],
    ['an e-mail without a domain', { email: 'maya@' }, ['input', 'email']],
    ['a phone not in E.164', { phone: '0151 1234 5678' }, ['input', 'phone']],
    ['a blank name', { givenName: '   ' }, ['input', 'givenName']],
    ['an unknown preferred clinic', { preferredClinicId: unknownId('Clinic') }, ['input', 'preferredClinicId']],
    ['a practitioner id as preferred clinic', { preferredClinicId: unknownId('Practitioner') }, ['input', 'preferredClinicId']],
  ])('%s is a userError at its field and writes nothing', async (_case, change, field) => {
    const before = await patientRowCounts(app);

    const { patientRegister } = await admin.PatientRegister({
      input: { givenName: 'Maya', familyName: 'Chen', dateOfBirth: '1987-02-03', ...change },
    });

    expect(patientRegister.patient).toBeNull();
    expect(patientRegister.userErrors).toEqual([expect.objectContaining({ field, code: expect.stringMatching(/^(INVALID|NOT_FOUND)$/) })]);
    expect(patientRegister.userErrors[0].message).not.toMatch(/patients|constraint|SQL/i);
    expect(await patientRowCounts(app)).toEqual(before);
  });

  test('a skin type outside I-VI is refused by the schema', async () => {
    await expect(
      app.client.request(
        `mutation { patientRegister(input: { givenName: "A", familyName: "B", dateOfBirth: "1990-01-01", skinType: VII }) { userErrors { code } } }`,
      ),
    ).rejects.toMatchObject({
      response: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })] },
    });
  });

  test("another organization's clinic as preferred clinic is NOT_FOUND", async () => {
    const other = await ownOrganization(app);
    const { patientRegister } = await admin.PatientRegister({
      input: {
        givenName: 'Maya',
        familyName: 'Chen',
        dateOfBirth: '1987-02-03',
        preferredClinicId: Buffer.from(`Clinic:${other.org.clinics[0].id}`).toString('base64url'),
      },
    });
    expect(patientRegister.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'preferredClinicId'] })]);
  });
});

describe('changing a patient', () => {
  test('omitted fields stay, null clears an optional one and leaves a required one', async () => {
    const patient = await register(admin, { email: 'old@example.com', phone: '+12125550100', skinType: 'II', preferredClinicId: clinicId });

    const { patientUpdate } = await admin.PatientUpdate({ input: { id: patient.id, familyName: 'Byron', email: null, dateOfBirth: null } });

    expect(patientUpdate.userErrors).toEqual([]);
    expect(patientUpdate.patient).toMatchObject({
      givenName: 'Ada',
      familyName: 'Byron',
      dateOfBirth: '1990-05-17',
      email: null,
      phone: '+12125550100',
      skinType: 'II',
      preferredClinic: { id: clinicId },
    });
  });

  test('a bad phone writes nothing; an unknown or malformed id is NOT_FOUND or INVALID', async () => {
    const patient = await register(admin);
    const before = await patientRowCounts(app);

    const bad = await admin.PatientUpdate({ input: { id: patient.id, familyName: 'Changed', phone: '12345' } });
    const unknown = await admin.PatientUpdate({ input: { id: unknownId('Patient'), familyName: 'X' } });
    const malformed = await admin.PatientUpdate({ input: { id: unknownId('Clinic'), familyName: 'X' } });

    expect(bad.patientUpdate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'phone'] })]);
    expect(unknown.patientUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    expect(malformed.patientUpdate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'id'] })]);
    expect(await patientRowCounts(app)).toEqual(before);
    expect((await admin.PatientById({ id: patient.id })).patient!.familyName).toBe('Lovelace');
  });

  test("another organization's patient answers like an unknown one", async () => {
    const other = await ownOrganization(app);
    const theirs = await register(other.admin);

    expect((await admin.PatientById({ id: theirs.id })).patient).toBeNull();
    const { patientUpdate } = await admin.PatientUpdate({ input: { id: theirs.id, familyName: 'Hijacked' } });
    expect(patientUpdate.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'], message: 'No Patient with this id.' }),
    ]);
    expect((await other.admin.PatientById({ id: theirs.id })).patient!.familyName).toBe('Lovelace');
  });
});

describe('finding patients', () => {
  test('by part of the name, e-mail or phone, in pages that neither skip nor repeat', async () => {
    const { admin: own } = await ownOrganization(app);
    for (let i = 0; i < 25; i++) {
      await register(own, {
        givenName: `Given${i}`,
        familyName: `Family${String(i).padStart(2, '0')}`,
        email: `p${i}@clinic.example`,
        phone: `+1212555${String(1000 + i)}`,
      });
    }
    await register(own, { givenName: 'Zoë', familyName: 'Quarry', email: 'zoe.q@mail.example', phone: '+4930123456' });

    const names: string[] = [];
    let after: string | null | undefined;
    do {
      const { patients } = await own.Patients({ first: 10, after });
      expect(patients.totalCount).toBe(26);
      names.push(...patients.edges.map((e) => e.node.displayName));
      after = patients.pageInfo.hasNextPage ? patients.pageInfo.endCursor : null;
    } while (after);
    expect(names).toHaveLength(26);
    expect(new Set(names).size).toBe(26);
    expect(names[0]).toBe('Given0 Family00');
    expect(names[25]).toBe('Zoë Quarry');

    const search = async (text: string) => (await own.Patients({ search: text })).patients.edges.map((e) => e.node.displayName);
    expect(await search('quar')).toEqual(['Zoë Quarry']);
    expect(await search('ZOE.Q@')).toEqual(['Zoë Quarry']);
    expect(await search('+49 30 123')).toEqual(['Zoë Quarry']);
    expect(await search('family1')).toHaveLength(10);
    expect(await search('100%')).toEqual([]);
    expect(await search('   ')).toHaveLength(20);
  });
});

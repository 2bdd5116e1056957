/** Setting working hours and leave: who may, what is refused, what is audited. */
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { startTestApp, TestApp } from '../support/harness';
import { createOrganization } from '../support/factories';
import { calendarFixture, CalendarFixture } from './calendar-fixture';

let app: TestApp;
let f: CalendarFixture;
beforeAll(async () => {
  app = await startTestApp();
  f = await calendarFixture(app);
});
afterAll(() => app.close());

const WEEK = { from: '2027-03-01T00:00:00Z', to: '2027-03-08T00:00:00Z' };

test("an admin replaces a practitioner's week at a clinic, reads it back, and the change is audited", async () => {
  const practitionerId = f.practitionerIds[0];
  const first = await f.admin.WorkingHoursSet({
    input: {
      practitionerId,
      clinicId: f.clinicId,
      hours: [
        { dayOfWeek: 'TUESDAY', starts: '13:00', ends: '17:00' },
        { dayOfWeek: 'MONDAY', starts: '09:00', ends: '12:00' },
        { dayOfWeek: 'MONDAY', starts: '12:00', ends: '15:30' },
      ],
    },
  });
  expect(first.workingHoursSet.userErrors).toEqual([]);
  const second = await f.admin.WorkingHoursSet({
    input: { practitionerId, clinicId: f.clinicId, hours: [{ dayOfWeek: 'FRIDAY', starts: '08:00', ends: '16:00' }] },
  });
  expect(second.workingHoursSet.userErrors).toEqual([]);

  const { practitioner } = await f.admin.PractitionerCalendar({ id: practitionerId, clinicId: f.clinicId, ...WEEK });
  expect(practitioner!.workingHours).toEqual([{ dayOfWeek: 'FRIDAY', starts: '08:00:00', ends: '16:00:00' }]);
  const { auditEvents } = await f.admin.AuditEvents({ filter: { action: 'practitioner.workingHours.set' } });
  expect(auditEvents.edges.map((e) => e.node.after)).toEqual([
    { clinicId: f.org.clinics[0].id, hours: [{ dayOfWeek: 'FRIDAY', starts: '08:00:00', ends: '16:00:00' }] },
    {
      clinicId: f.org.clinics[0].id,
      hours: [
        { dayOfWeek: 'MONDAY', starts: '09:00:00', ends: '12:00:00' },
        { dayOfWeek: 'MONDAY', starts: '12:00:00', ends: '15:30:00' },
        { dayOfWeek: 'TUESDAY', starts: '13:00:00', ends: '17:00:00' },
      ],
    },
  ]);
});

test('overlapping or reversed intervals are INVALID and nothing is written', async () => {
  const practitionerId = f.practitionerIds[1];
  const overlap = await f.admin.WorkingHoursSet({
    input: {
      practitionerId,
      clinicId: f.clinicId,
      hours: [
        { dayOfWeek: 'MONDAY', starts: '09:00', ends: '12:00' },
        { dayOfWeek: 'MONDAY', starts: '11:00', ends: '14:00' },
      ],
    },
  });
  expect(overlap.workingHoursSet.userErrors).toEqual([
    { code: 'INVALID', field: ['input', 'hours'], message: 'Working intervals on MONDAY overlap.' },
  ]);
  const reversed = await f.admin.WorkingHoursSet({
    input: {
      practitionerId,
      clinicId: f.clinicId,
      hours: [
        { dayOfWeek: 'MONDAY', starts: '12:00', ends: '09:00' },
        { dayOfWeek: 'TUESDAY', starts: '25:00', ends: '26:00' },
      ],
    },
  });
  expect(reversed.workingHoursSet.userErrors.map((e) => e.field)).toEqual([
    ['input', 'hours', '0', 'ends'],
    ['input', 'hours', '1', 'starts'],
    ['input', 'hours', '1', 'ends'],
  ]);
  const { practitioner } = await f.admin.PractitionerCalendar({ id: practitionerId, clinicId: f.clinicId, ...WEEK });
  expect(practitioner!.workingHours).toEqual([]);
});

test('hours only where the practitioner works; managers only at their clinics', async () => {
  const org = await createOrganization(app.sql, { clinics: 2, practitionersPerClinic: 1, protocols: [] });
  const admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
  const [clinicA, clinicB] = org.clinics.map((c) => toGlobalId('Clinic', c.id));
  const [atA, atB] = org.practitioners.map((p) => toGlobalId('Practitioner', p.id));
  const hours = [{ dayOfWeek: 'MONDAY' as const, starts: '09:00', ends: '12:00' }];

  const elsewhere = await admin.WorkingHoursSet({ input: { practitionerId: atA, clinicId: clinicB, hours } });
  expect(elsewhere.workingHoursSet.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_AT_CLINIC', ['input', 'clinicId']]]);

  const manager = (await app.as({ role: Role.CLINIC_MANAGER, organization: org.slug, clinics: [org.clinics[0].slug] })).api;
  const own = await manager.WorkingHoursSet({ input: { practitionerId: atA, clinicId: clinicA, hours } });
  expect(own.workingHoursSet.userErrors).toEqual([]);
  // The other clinic is public (NOT_ALLOWED); its practitioner is not visible to this manager (NOT_FOUND).
  const notTheirs = await manager.WorkingHoursSet({ input: { practitionerId: atA, clinicId: clinicB, hours } });
  expect(notTheirs.workingHoursSet.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_ALLOWED', ['input', 'clinicId']]]);
  const hidden = await manager.LeaveAdd({ input: { practitionerId: atB, startsAt: WEEK.from, endsAt: WEEK.to } });
  expect(hidden.leaveAdd.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'practitionerId']]]);
  // Another organization's ids are NOT_FOUND, malformed ones INVALID.
  const foreign = await f.admin.WorkingHoursSet({ input: { practitionerId: atA, clinicId: clinicA, hours } });
  expect(foreign.workingHoursSet.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'practitionerId']]]);
  const malformed = await f.admin.LeaveRemove({ input: { id: atA } });
  expect(malformed.leaveRemove.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'id']]]);
});

test('leave must end after it starts, and only staff roles may change calendars', async () => {
  const practitionerId = f.practitionerIds[0];
  const reversed = await f.admin.LeaveAdd({ input: { practitionerId, startsAt: WEEK.to, endsAt: WEEK.from } });
  expect(reversed.leaveAdd.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'endsAt']]]);
  const frontDesk = (await app.as({ role: Role.FRONT_DESK, organization: f.org.slug, clinics: [f.org.clinics[0].slug] })).api;
  await expect(frontDesk.LeaveAdd({ input: { practitionerId, startsAt: WEEK.from, endsAt: WEEK.to } })).rejects.toMatchObject({
    response: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] },
  });
  const { practitioner } = await f.admin.PractitionerCalendar({ id: practitionerId, clinicId: f.clinicId, ...WEEK });
  expect(practitioner!.leave).toEqual([]);
});

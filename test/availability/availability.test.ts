/**
 * Bookable slots through the API: opening hours ∩ working hours in the clinic's zone,
 * minus leave, for qualified practitioners of an enabled offering.
 * The fixture clinic is in Europe/Berlin (UTC+1 in early March 2027); 2027-03-01 is a Monday.
 */
import { startTestApp, TestApp } from '../support/harness';
import { calendarFixture, CalendarFixture, instant, quarterHours, setHours, startsOf } from './calendar-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MONDAY_TO_WEDNESDAY = { from: '2027-03-01T00:00:00+01:00', to: '2027-03-03T00:00:00+01:00' };
const MONDAY = { from: '2027-03-01T00:00:00+01:00', to: '2027-03-02T00:00:00+01:00' };

/** Practitioner 1 (qualified) works Monday 08:00-12:00 and Tuesday 14:00-20:00; the clinic opens 09:00-18:00. */
async function givenWorkingWeek(): Promise<CalendarFixture> {
  const f = await calendarFixture(app);
  await setHours(f, f.practitionerIds[0], [
    { dayOfWeek: 'MONDAY', starts: '08:00', ends: '12:00' },
    { dayOfWeek: 'TUESDAY', starts: '14:00', ends: '20:00' },
  ]);
  return f;
}

test('slots lie where opening hours and working hours meet, each as long as the offering', async () => {
  const f = await givenWorkingWeek();
  // Practitioner 2 works all week too, but their qualifications have expired.
  await setHours(f, f.practitionerIds[1], [{ dayOfWeek: 'MONDAY', starts: '09:00', ends: '18:00' }]);

  const { availability } = await app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY_TO_WEDNESDAY });

  expect(startsOf(availability)).toEqual([
    ...quarterHours('2027-03-01', '+01:00', '09:00', '11:00'),
    ...quarterHours('2027-03-02', '+01:00', '14:00', '17:00'),
  ]);
  for (const slot of availability) {
    expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(60 * 60_000);
    expect(slot.practitionerId).toBe(f.practitionerIds[0]);
  }
  // Staff see the same slots with the practitioner's details.
  const staff = await f.admin.AvailabilityWithPractitioners({ clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY_TO_WEDNESDAY });
  expect(staff.availability.map((s) => s.practitioner?.slug)).toEqual(availability.map(() => 'practitioner-1-1'));
});

test('leave removes the slots it overlaps, and removing it brings them back', async () => {
  const f = await givenWorkingWeek();
  const { leaveAdd } = await f.admin.LeaveAdd({
    input: {
      practitionerId: f.practitionerIds[0],
      startsAt: '2027-03-01T10:00:00+01:00',
      endsAt: '2027-03-01T11:00:00+01:00',
      reason: 'Dentist',
    },
  });
  expect(leaveAdd.userErrors).toEqual([]);

  const during = await app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY });
  expect(startsOf(during.availability)).toEqual([instant('2027-03-01T09:00:00+01:00'), instant('2027-03-01T11:00:00+01:00')]);
  const { practitioner } = await f.admin.PractitionerCalendar({ id: f.practitionerIds[0], clinicId: f.clinicId, ...MONDAY });
  expect(practitioner!.leave).toEqual([
    {
      id: leaveAdd.leave!.id,
      startsAt: instant('2027-03-01T10:00:00+01:00'),
      endsAt: instant('2027-03-01T11:00:00+01:00'),
      reason: 'Dentist',
    },
  ]);

  const { leaveRemove } = await f.admin.LeaveRemove({ input: { id: leaveAdd.leave!.id } });
  expect(leaveRemove.userErrors).toEqual([]);
  const after = await app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY });
  expect(after.availability).toHaveLength(9);
});

test('a qualification expiring mid-range keeps the slots up to its last day only', async () => {
  const f = await givenWorkingWeek();
  const { treatment } = await f.admin.TreatmentBySlug({ slug: 'microneedling' });
  // Valid through Monday 2027-03-01 (the clinic's date), not on Tuesday.
  const { qualificationGrant } = await f.admin.QualificationGrant({
    input: { practitionerId: f.practitionerIds[0], treatmentId: treatment!.id, grantedOn: '2019-01-01', expiresOn: '2027-03-01' },
  });
  expect(qualificationGrant.userErrors).toEqual([]);

  const { availability } = await app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY_TO_WEDNESDAY });

  expect(startsOf(availability)).toEqual(quarterHours('2027-03-01', '+01:00', '09:00', '11:00'));
});

test('a disabled offering has no slots; one not bookable online has slots for staff only', async () => {
  const f = await givenWorkingWeek();
  await app.sql.query(`UPDATE offering_settings SET bookable_online = false WHERE organization_id = $1`, [f.org.id]);
  const args = { clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY };
  expect((await app.api.Availability(args)).availability).toEqual([]);
  expect((await f.admin.Availability(args)).availability).toHaveLength(9);

  await app.sql.query(`UPDATE offering_settings SET enabled = false WHERE organization_id = $1`, [f.org.id]);
  expect((await app.api.Availability(args)).availability).toEqual([]);
  expect((await f.admin.Availability(args)).availability).toEqual([]);
});

test('practitionerId narrows the slots to one practitioner', async () => {
  const f = await givenWorkingWeek();
  // Practitioner 2's qualifications are renewed: both are bookable on Monday.
  await app.sql.query(`UPDATE practitioner_qualifications SET expires_on = NULL WHERE organization_id = $1`, [f.org.id]);
  await setHours(f, f.practitionerIds[1], [{ dayOfWeek: 'MONDAY', starts: '15:00', ends: '17:00' }]);
  const args = { clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY };

  const everyone = await app.api.Availability(args);
  const second = await app.api.Availability({ ...args, practitionerId: f.practitionerIds[1] });

  expect(new Set(everyone.availability.map((s) => s.practitionerId))).toEqual(new Set(f.practitionerIds));
  expect(startsOf(second.availability)).toEqual(quarterHours('2027-03-01', '+01:00', '15:00', '16:00'));
  expect(second.availability.every((s) => s.practitionerId === f.practitionerIds[1])).toBe(true);
});

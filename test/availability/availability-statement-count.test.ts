/**
 * Availability is computed set-based: the SQL statements of one request are the same in
 * number for 1 day or 14, and for 1 practitioner or 10, for booking apps and staff alike.
 */
import { Api, startTestApp, TestApp } from '../support/harness';
import { calendarFixture, CalendarFixture } from './calendar-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Every practitioner qualified, working Monday to Friday 09:00-18:00 (arranged with SQL). */
async function givenClinicWith(practitioners: number): Promise<CalendarFixture> {
  const f = await calendarFixture(app, practitioners);
  await app.sql.query(`UPDATE practitioner_qualifications SET expires_on = NULL WHERE organization_id = $1`, [f.org.id]);
  await app.sql.query(
    `INSERT INTO practitioner_working_hours (organization_id, practitioner_id, clinic_id, day_of_week, starts, ends)
     SELECT pc.organization_id, pc.practitioner_id, pc.clinic_id, d, '09:00', '18:00' FROM practitioner_clinics pc, generate_series(1, 5) d
      WHERE pc.organization_id = $1`,
    [f.org.id],
  );
  // Some leave, so that busy time is part of the work.
  await app.sql.query(
    `INSERT INTO practitioner_leave (organization_id, practitioner_id, starts_at, ends_at)
     SELECT organization_id, practitioner_id, '2027-03-02T10:00:00+01:00', '2027-03-02T12:00:00+01:00' FROM practitioner_clinics WHERE organization_id = $1`,
    [f.org.id],
  );
  return f;
}

async function statementsFor(
  api: Api,
  f: CalendarFixture,
  days: number,
): Promise<{ statements: number; slots: number; practitioners: number }> {
  const before = app.requests.length;
  const { availability } = await api.Availability({
    clinicId: f.clinicId,
    protocolId: f.protocolId,
    from: '2027-03-01T00:00:00+01:00',
    to: new Date(Date.parse('2027-03-01T00:00:00+01:00') + days * 86_400_000).toISOString(),
  });
  const served = app.requests.slice(before).filter((r) => r.operationName === 'Availability');
  expect(served).toHaveLength(1);
  return {
    statements: served[0].statements.length,
    slots: availability.length,
    practitioners: new Set(availability.map((s) => s.practitionerId)).size,
  };
}

test.each([
  ['a booking app', false],
  ['staff', true],
])('%s: statements do not grow with days or practitioners', async (_who, asStaff) => {
  const one = await givenClinicWith(1);
  const ten = await givenClinicWith(10);
  const apiOf = (f: CalendarFixture) => (asStaff ? f.admin : app.api);

  const oneDay = await statementsFor(apiOf(one), one, 1);
  const fourteenDays = await statementsFor(apiOf(one), one, 14);
  const tenPractitioners = await statementsFor(apiOf(ten), ten, 14);

  // The data grows: 10 working days of 33 slots (9:00-17:00) less the 11 the leave (10:00-12:00) overlaps, and ten practitioners.
  expect(oneDay).toMatchObject({ slots: 33, practitioners: 1 });
  expect(fourteenDays).toMatchObject({ slots: 10 * 33 - 11, practitioners: 1 });
  expect(tenPractitioners).toMatchObject({ slots: 10 * (10 * 33 - 11), practitioners: 10 });
  // The statements do not.
  expect(fourteenDays.statements).toBe(oneDay.statements);
  expect(tenPractitioners.statements).toBe(oneDay.statements);
  // The question, the slots, and the request's transaction and identity (and for a booking app, the organization switch).
  expect(oneDay.statements).toBeLessThanOrEqual(8);
});

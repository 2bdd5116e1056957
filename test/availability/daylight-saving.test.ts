/**
 * Days when the clock jumps: a clinic in America/New_York open on Sunday 00:30-04:00
 * local time. On 2027-03-14 02:00 does not exist (clocks jump to 03:00): that Sunday
 * has 2.5 hours of opening time. On 2027-11-07 01:00-02:00 happens twice: 4.5 hours.
 */
import { startTestApp, TestApp } from '../support/harness';
import { calendarFixture, CalendarFixture, localTime, setHours } from './calendar-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ZONE = 'America/New_York';

async function givenNightOpeningInNewYork(): Promise<CalendarFixture> {
  const f = await calendarFixture(app);
  await app.sql.query(`UPDATE clinics SET time_zone = $2 WHERE organization_id = $1`, [f.org.id, ZONE]);
  await app.sql.query(
    `INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes) VALUES ($1, $2, 7, '00:30', '04:00')`,
    [f.org.id, f.org.clinics[0].id],
  );
  await setHours(f, f.practitionerIds[0], [{ dayOfWeek: 'SUNDAY', starts: '00:00', ends: '06:00' }]);
  return f;
}

const minutes = (slot: { startsAt: string; endsAt: string }) =>
  (new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()) / 60_000;

test('spring forward: slots follow local opening hours and never start in the skipped hour', async () => {
  const f = await givenNightOpeningInNewYork();

  const { availability } = await app.api.Availability({
    clinicId: f.clinicId,
    protocolId: f.protocolId,
    from: '2027-03-14T00:00:00-05:00',
    to: '2027-03-15T00:00:00-04:00',
  });

  // 00:30 EST (05:30Z) to 04:00 EDT (08:00Z): 60-minute slots start 05:30Z to 07:00Z.
  expect(availability.map((s) => localTime(s.startsAt, ZONE))).toEqual(['00:30', '00:45', '01:00', '01:15', '01:30', '01:45', '03:00']);
  expect(availability.map((s) => localTime(s.endsAt, ZONE))).toEqual(['01:30', '01:45', '03:00', '03:15', '03:30', '03:45', '04:00']);
  expect(availability.map(minutes)).toEqual(availability.map(() => 60));
  expect(availability[0].startsAt).toBe('2027-03-14T05:30:00.000Z');
});

test('fall back: the repeated hour is offered twice, within local opening hours', async () => {
  const f = await givenNightOpeningInNewYork();

  const { availability } = await app.api.Availability({
    clinicId: f.clinicId,
    protocolId: f.protocolId,
    from: '2027-11-07T00:00:00-04:00',
    to: '2027-11-08T00:00:00-05:00',
  });

  // 00:30 EDT (04:30Z) to 04:00 EST (09:00Z): starts every 15 minutes from 04:30Z to 08:00Z.
  expect(availability).toHaveLength(15);
  expect(availability[0].startsAt).toBe('2027-11-07T04:30:00.000Z');
  expect(availability[14].endsAt).toBe('2027-11-07T09:00:00.000Z');
  expect(availability.map((s) => localTime(s.startsAt, ZONE))).toEqual([
    '00:30',
    '00:45',
    '01:00',
    '01:15',
    '01:30',
    '01:45',
    '01:00',
    '01:15',
    '01:30',
    '01:45',
    '02:00',
    '02:15',
    '02:30',
    '02:45',
    '03:00',
  ]);
  expect(availability.map(minutes)).toEqual(availability.map(() => 60));
});

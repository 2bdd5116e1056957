/** Bad availability arguments are typed errors naming the argument, never a 500 nor someone else's slots. */
import crypto from 'node:crypto';
import { toGlobalId } from '../../src/common/relay/global-id';
import { graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { calendarFixture, CalendarFixture, setHours } from './calendar-fixture';

let app: TestApp;
let f: CalendarFixture;
let other: CalendarFixture;
beforeAll(async () => {
  app = await startTestApp();
  f = await calendarFixture(app);
  other = await calendarFixture(app);
  await setHours(f, f.practitionerIds[0], [{ dayOfWeek: 'MONDAY', starts: '09:00', ends: '12:00' }]);
});
afterAll(() => app.close());

const MONDAY = { from: '2027-03-01T00:00:00+01:00', to: '2027-03-02T00:00:00+01:00' };

async function expectBadInput(request: Promise<unknown>, argument: string, message: RegExp): Promise<void> {
  const [error, ...rest] = await graphQLErrors(request);
  expect(rest).toEqual([]);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: [argument] });
  expect(error.message).toMatch(message);
}

test('to must come after from', async () => {
  await expectBadInput(
    app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, from: MONDAY.to, to: MONDAY.from }),
    'to',
    /after/,
  );
  await expectBadInput(
    app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, from: MONDAY.from, to: MONDAY.from }),
    'to',
    /after/,
  );
});

test('a range longer than 31 days is refused', async () => {
  await expectBadInput(
    app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:01Z' }),
    'to',
    /31 days/,
  );
  const { availability } = await app.api.Availability({
    clinicId: f.clinicId,
    protocolId: f.protocolId,
    from: '2027-03-01T00:00:00Z',
    to: '2027-04-01T00:00:00Z',
  });
  expect(availability.length).toBeGreaterThan(0);
});

test("malformed, unknown and other organizations' ids are refused by argument", async () => {
  const unknown = (type: string) => toGlobalId(type, crypto.randomUUID());
  await expectBadInput(app.api.Availability({ clinicId: 'nope', protocolId: f.protocolId, ...MONDAY }), 'clinicId', /not a valid id/);
  await expectBadInput(
    app.api.Availability({ clinicId: f.protocolId, protocolId: f.protocolId, ...MONDAY }),
    'clinicId',
    /not the id of a Clinic/,
  );
  await expectBadInput(app.api.Availability({ clinicId: unknown('Clinic'), protocolId: f.protocolId, ...MONDAY }), 'clinicId', /No Clinic/);
  await expectBadInput(
    app.api.Availability({ clinicId: f.clinicId, protocolId: unknown('Protocol'), ...MONDAY }),
    'protocolId',
    /No Protocol/,
  );
  await expectBadInput(
    app.api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, practitionerId: unknown('Practitioner'), ...MONDAY }),
    'practitionerId',
    /No Practitioner/,
  );
  // Another organization's practitioner, asked for at this clinic, by anonymous clients and by the other organization's admin.
  for (const api of [app.api, other.admin]) {
    await expectBadInput(
      api.Availability({ clinicId: f.clinicId, protocolId: f.protocolId, practitionerId: other.practitionerIds[0], ...MONDAY }),
      'practitionerId',
      /No Practitioner/,
    );
  }
});

test('staff of another organization see only what booking apps see, and no practitioner details', async () => {
  const args = { clinicId: f.clinicId, protocolId: f.protocolId, ...MONDAY };
  const publicSlots = await app.api.Availability(args);
  expect(publicSlots.availability).toHaveLength(9);
  expect(await other.admin.Availability(args)).toEqual(publicSlots);
  const errors = await graphQLErrors(app.api.AvailabilityWithPractitioners(args));
  expect(errors.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['UNAUTHENTICATED']));
});

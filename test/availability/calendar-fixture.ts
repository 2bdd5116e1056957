/**
 * An organization ready for availability tests: one clinic (Europe/Berlin, open Monday
 * to Friday 09:00-18:00), microneedling offered for 60 minutes and bookable online,
 * and its practitioners (the first qualified, the second's qualifications expired),
 * seen through the API by the organization's ORG_ADMIN.
 */
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { DayOfWeek } from '../generated/graphql';
import { Api, TestApp } from '../support/harness';
import { createOrganization, OrganizationFixture } from '../support/factories';

export interface CalendarFixture {
  org: OrganizationFixture;
  admin: Api;
  clinicId: string;
  protocolId: string;
  /** Global ids of the clinic's practitioners, in factory order. */
  practitionerIds: string[];
}

export async function calendarFixture(app: TestApp, practitioners = 2): Promise<CalendarFixture> {
  const org = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: practitioners, protocols: ['microneedling'] });
  const admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
  const { protocol } = await admin.ProtocolBySlug({ slug: 'microneedling' });
  return {
    org,
    admin,
    clinicId: toGlobalId('Clinic', org.clinics[0].id),
    protocolId: protocol!.id,
    practitionerIds: org.practitioners.map((p) => toGlobalId('Practitioner', p.id)),
  };
}

/** Sets working hours through the API and fails the test on any userError. */
export async function setHours(
  f: CalendarFixture,
  practitionerId: string,
  hours: Array<{ dayOfWeek: DayOfWeek; starts: string; ends: string }>,
): Promise<void> {
  const { workingHoursSet } = await f.admin.WorkingHoursSet({ input: { practitionerId, clinicId: f.clinicId, hours } });
  expect(workingHoursSet.userErrors).toEqual([]);
}

/** An instant as the API prints it, from a local time with its offset ("2027-03-01T09:00:00+01:00"). */
export const instant = (withOffset: string): string => new Date(withOffset).toISOString();

/** A slot's start and end as instants, comparable with `instant`. */
export const startsOf = (slots: Array<{ startsAt: string }>): string[] => slots.map((s) => instant(s.startsAt));

/** Local wall-clock "HH:MM" of an instant in `timeZone`. */
export function localTime(value: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(value));
}

/** Quarter hours from `first` to `last` local "HH:MM" on one date with one offset, as instants. */
export function quarterHours(date: string, offset: string, first: string, last: string): string[] {
  const start = new Date(`${date}T${first}:00${offset}`).getTime();
  const end = new Date(`${date}T${last}:00${offset}`).getTime();
  const out: string[] = [];
  for (let t = start; t <= end; t += 15 * 60_000) out.push(new Date(t).toISOString());
  return out;
}

/**
 * outcomeAnalytics against the hand-computed data set of analytics-data.ts: the figures,
 * grouping, filters, the clinic's time zone for months, suppression of small groups and
 * figures, roles and clinic scoping, one SQL statement under its own timeout, and a
 * schema walk proving no analytics field leads to a patient.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, GraphQLNamedType, isObjectType } from 'graphql';
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { OutcomeAnalyticsQuery } from '../generated/graphql';
import { ALL, analyticsData, AnalyticsData, CLINIC_1, eventRates } from './analytics-data';

let app: TestApp;
let data: AnalyticsData;
let analyst: Api;

beforeAll(async () => {
  app = await startTestApp();
  data = await analyticsData(app);
  analyst = (await app.as({ role: Role.ANALYST, organization: data.org.slug })).api;
});
afterAll(() => app.close());

type Group = OutcomeAnalyticsQuery['outcomeAnalytics']['groups'][number];

/** Numbers rounded to 9 decimals, so float8 and JavaScript's division compare equal. */
export function rounded<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1e9) / 1e9) as T;
  if (Array.isArray(value)) return value.map(rounded) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
  return value;
}

const NO_DIMENSIONS = {
  protocolId: null,
  protocolName: null,
  clinicId: null,
  clinicName: null,
  practitionerId: null,
  skinType: null,
  month: null,
};
const SUPPRESSED = {
  suppressed: true,
  patients: null,
  coursesStarted: null,
  coursesCompleted: null,
  completedPatients: null,
  completionRate: null,
  meanSessionsPerCompletedCourse: null,
  noShowSessions: null,
  dueSessions: null,
  dueSessionPatients: null,
  noShowRate: null,
  treatedSessions: null,
  treatedPatients: null,
  scales: [],
  adverseEvents: [],
};

test('without grouping: one group with every figure computed by hand', async () => {
  const { outcomeAnalytics } = await analyst.OutcomeAnalytics({ groupBy: [] });
  expect(outcomeAnalytics.minGroupPatients).toBe(5);
  expect(rounded(outcomeAnalytics.groups)).toEqual(rounded([{ ...NO_DIMENSIONS, ...ALL }]));
});

test('by clinic: clinic 1 has its figures, clinic 2 (three patients) is reported as suppressed', async () => {
  const { outcomeAnalytics } = await analyst.OutcomeAnalytics({ groupBy: ['CLINIC'] });
  const byClinic = (id: string) => outcomeAnalytics.groups.find((g) => g.clinicId === toGlobalId('Clinic', id));
  expect(outcomeAnalytics.groups).toHaveLength(2);
  expect(rounded(byClinic(data.clinicIds[0]))).toEqual(
    rounded({ ...NO_DIMENSIONS, clinicId: toGlobalId('Clinic', data.clinicIds[0]), clinicName: 'Clinic 0001', ...CLINIC_1 }),
  );
  expect(byClinic(data.clinicIds[1])).toEqual({
    ...NO_DIMENSIONS,
    clinicId: toGlobalId('Clinic', data.clinicIds[1]),
    clinicName: 'Clinic 0002',
    ...SUPPRESSED,
  });
});

test("by month in the clinic's time zone, with a start filter; by protocol and practitioner", async () => {
  // P9 started 2026-03-31T22:30Z: April 1st in Berlin. Before 2026-04-01T00:00Z: P1-P6 and P9.
  const { outcomeAnalytics } = await analyst.OutcomeAnalytics({
    groupBy: ['MONTH'],
    filter: { startedFrom: '2026-03-01T00:00:00Z', startedBefore: '2026-04-01T00:00:00Z' },
  });
  expect(outcomeAnalytics.groups.map((g) => [g.month, g.suppressed, g.coursesStarted])).toEqual([
    ['2026-03', false, 6],
    ['2026-04', true, null],
  ]);
  expect(rounded(outcomeAnalytics.groups[0])).toEqual(rounded({ ...NO_DIMENSIONS, month: '2026-03', ...CLINIC_1 }));

  const byProtocol = await analyst.OutcomeAnalytics({ groupBy: ['PROTOCOL', 'PRACTITIONER'] });
  expect(byProtocol.outcomeAnalytics.groups.map((g) => [g.protocolName, g.practitionerId, g.patients]).sort()).toEqual(
    [
      ['Microneedling', toGlobalId('Practitioner', data.org.practitioners[0].id), 6],
      ['Microneedling', toGlobalId('Practitioner', data.org.practitioners[1].id), null],
    ].sort(),
  );
  expect(byProtocol.outcomeAnalytics.groups[0].protocolId).toBe(toGlobalId('Protocol', data.protocolId));
});

test('filters: clinics, practitioners, skin types, concerns, treatments, protocols', async () => {
  const only = async (filter: Parameters<Api['OutcomeAnalytics']>[0]['filter']) =>
    (await analyst.OutcomeAnalytics({ groupBy: [], filter })).outcomeAnalytics.groups;
  expect(rounded(await only({ clinicIds: [toGlobalId('Clinic', data.clinicIds[0])] }))).toEqual(
    rounded([{ ...NO_DIMENSIONS, ...CLINIC_1 }]),
  );
  expect(rounded(await only({ practitionerIds: [toGlobalId('Practitioner', data.org.practitioners[0].id)] }))).toEqual(
    rounded([{ ...NO_DIMENSIONS, ...CLINIC_1 }]),
  );
  // Skin types II-IV: P1-P5, all completed: five patients.
  const [typed] = await only({ skinTypes: ['II', 'III', 'IV'] });
  expect([typed.patients, typed.coursesCompleted, typed.completionRate]).toEqual([5, 5, 1]);
  // No course targets melasma: no group at all.
  expect(await only({ concerns: ['MELASMA'] })).toEqual([]);
  const [microneedling] = await analyst.TreatmentBySlug({ slug: 'microneedling' }).then((r) => [r.treatment!.id]);
  expect((await only({ treatmentIds: [microneedling] }))[0].patients).toBe(9);
  expect((await only({ protocolIds: [toGlobalId('Protocol', data.protocolId)] }))[0].patients).toBe(9);
  // A malformed id names the argument.
  const [error] = await graphQLErrors(only({ clinicIds: ['nope'] }));
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'clinicIds'] });
});

test('skin types as groups are each below five patients: every group reported, every one suppressed', async () => {
  const { outcomeAnalytics } = await analyst.OutcomeAnalytics({ groupBy: ['SKIN_TYPE'] });
  expect(outcomeAnalytics.groups.map((g: Group) => [g.skinType, g.suppressed, g.patients])).toEqual([
    ['II', true, null],
    ['III', true, null],
    ['IV', true, null],
    ['V', true, null],
    ['VI', true, null],
  ]);
});

test('a clinic manager sees their clinics only; practitioners and anonymous clients none', async () => {
  const { api: manager1 } = await app.as({ role: Role.CLINIC_MANAGER, organization: data.org.slug, clinics: ['clinic-0001'] });
  expect(rounded((await manager1.OutcomeAnalytics({ groupBy: [] })).outcomeAnalytics.groups)).toEqual(
    rounded([{ ...NO_DIMENSIONS, ...CLINIC_1 }]),
  );
  // Naming the other clinic does not widen the scope.
  const other = await manager1.OutcomeAnalytics({ groupBy: [], filter: { clinicIds: [toGlobalId('Clinic', data.clinicIds[1])] } });
  expect(other.outcomeAnalytics.groups).toEqual([]);
  const { api: manager2 } = await app.as({ role: Role.CLINIC_MANAGER, organization: data.org.slug, clinics: ['clinic-0002'] });
  expect((await manager2.OutcomeAnalytics({ groupBy: [] })).outcomeAnalytics.groups).toEqual([{ ...NO_DIMENSIONS, ...SUPPRESSED }]);
  const { api: admin } = await app.as({ role: Role.ORG_ADMIN, organization: data.org.slug });
  expect((await admin.OutcomeAnalytics({ groupBy: [] })).outcomeAnalytics.groups[0].patients).toBe(9);

  const { api: practitioner } = await app.as({ role: Role.PRACTITIONER, organization: data.org.slug, clinics: ['clinic-0001'] });
  expect((await graphQLErrors(practitioner.OutcomeAnalytics({ groupBy: [] })))[0].extensions?.code).toBe('FORBIDDEN');
  expect((await graphQLErrors(app.api.OutcomeAnalytics({ groupBy: [] })))[0].extensions?.code).toBe('UNAUTHENTICATED');
  // Another organization's analyst sees none of these courses.
  const { api: stranger } = await app.as({ role: Role.ANALYST, organization: 'glow-london' });
  expect(
    (await stranger.OutcomeAnalytics({ groupBy: [], filter: { clinicIds: [toGlobalId('Clinic', data.clinicIds[0])] } })).outcomeAnalytics
      .groups,
  ).toEqual([]);
});

test('the minimum is configurable: at three patients, clinic 2 and GAIS are shown', async () => {
  const small = await startTestApp({ analytics: { minGroupPatients: 3, statementTimeoutMs: 10000 } });
  try {
    const d = await analyticsData(small);
    const api = (await small.as({ role: Role.ANALYST, organization: d.org.slug })).api;
    const { outcomeAnalytics } = await api.OutcomeAnalytics({ groupBy: ['CLINIC'] });
    expect(outcomeAnalytics.minGroupPatients).toBe(3);
    const clinic2 = outcomeAnalytics.groups.find((g) => g.clinicId === toGlobalId('Clinic', d.clinicIds[1]))!;
    expect(rounded(clinic2)).toEqual(
      rounded({
        ...NO_DIMENSIONS,
        clinicId: toGlobalId('Clinic', d.clinicIds[1]),
        clinicName: 'Clinic 0002',
        suppressed: false,
        patients: 3,
        coursesStarted: 3,
        coursesCompleted: 3,
        completedPatients: 3,
        completionRate: 1,
        meanSessionsPerCompletedCourse: 3,
        noShowSessions: 0,
        dueSessions: 9,
        dueSessionPatients: 3,
        noShowRate: 0,
        treatedSessions: 9,
        treatedPatients: 3,
        // Each of P7-P9: 3 -> 2.
        scales: [
          {
            scale: 'GOODMAN_BARON_QUALITATIVE',
            suppressed: false,
            observations: 3,
            patients: 3,
            meanValue: 2,
            meanChange: -1,
            medianChange: -1,
            improvedShare: 1,
          },
        ],
        adverseEvents: eventRates(9, {}),
      }),
    );
    const clinic1 = outcomeAnalytics.groups.find((g) => g.clinicId === toGlobalId('Clinic', d.clinicIds[0]))!;
    // GAIS of P1-P3: 2, 1, 4; change from "no change" (4): -2, -3, 0; improved: two of three.
    expect(rounded(clinic1.scales[0])).toEqual(
      rounded({
        scale: 'GAIS',
        suppressed: false,
        observations: 3,
        patients: 3,
        meanValue: 7 / 3,
        meanChange: -5 / 3,
        medianChange: -2,
        improvedShare: 2 / 3,
      }),
    );
  } finally {
    await small.close();
  }
});

test('one SQL statement computes the figures, under its own statement timeout, in the request transaction', async () => {
  const before = app.requests.length;
  await analyst.OutcomeAnalytics({ groupBy: ['CLINIC', 'MONTH'] });
  const [request] = app.requests.slice(before).filter((r) => r.operationName === 'OutcomeAnalytics');
  const analytic = request.statements.filter((s) => /outcome_measurements|course_sessions|adverse_events/.test(s));
  expect(analytic).toHaveLength(1);
  expect(analytic[0]).toMatch(/^\s*WITH scale_rules/);
  const index = request.statements.indexOf(analytic[0]);
  expect(request.statements[index - 1]).toMatch(/set_config\('statement_timeout', \$1, true\)/);
  expect(request.statements[index + 1]).toMatch(/set_config\('statement_timeout', \$1, true\)/);
});

test('no analytics type or field refers to a patient or patient identity', () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
  const seen = new Map<string, string[]>();
  const walk = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || seen.has(type.name)) return;
    const fields = Object.values(type.getFields());
    seen.set(
      type.name,
      fields.map((f) => f.name),
    );
    for (const field of fields) walk(getNamedType(field.type));
  };
  walk(getNamedType(schema.getQueryType()!.getFields().outcomeAnalytics.type));
  // The types reachable from the analytics result: aggregates only, no Node object at all.
  expect([...seen.keys()].sort()).toEqual(['AdverseEventRate', 'OutcomeAnalytics', 'OutcomeAnalyticsGroup', 'ScaleOutcome']);
  for (const name of seen.keys()) {
    const type = schema.getType(name);
    expect(isObjectType(type) && type.getInterfaces().length).toBe(0);
  }
  const fieldNames = [...seen.values()].flat();
  const identifying = /patientId|name|email|phone|birth|given|family|address|subject|^id$|dateOf|screening|consent/i;
  expect(fieldNames.filter((f) => identifying.test(f) && !['protocolName', 'clinicName'].includes(f))).toEqual([]);
  // Patients appear only as counts.
  for (const [typeName, fields] of seen) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const f of fields.filter((n) => /patient/i.test(n)))
      expect(`${typeName}.${f}: ${String(type.getFields()[f].type)}`).toMatch(/: Int!?$/);
  }
});

test('past its own statement timeout the analytics statement is cancelled: STATEMENT_TIMEOUT, and the CSV answers 503', async () => {
  // 1 ms: planning the statement alone takes longer.
  const hasty = await startTestApp({ analytics: { minGroupPatients: 5, statementTimeoutMs: 1 } });
  try {
    const { api, token } = await hasty.as({ role: Role.ANALYST });
    const [error] = await graphQLErrors(api.OutcomeAnalytics({ groupBy: ['PROTOCOL'] }));
    expect(error.extensions).toMatchObject({ code: 'STATEMENT_TIMEOUT', retryable: true });
    const csv = await fetch(`${hasty.baseUrl}/analytics/outcomes.csv?groupBy=PROTOCOL`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(503);
    // Other statements of the server keep the ordinary timeout.
    expect((await api.Viewer()).viewer).toMatchObject({ role: 'ANALYST' });
  } finally {
    await hasty.close();
  }
});

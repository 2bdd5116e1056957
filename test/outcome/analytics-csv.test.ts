/**
 * GET /analytics/outcomes.csv: refused without a token or the role, the same numbers as
 * the GraphQL query (same statement), suppressed groups as such, filters as parameters.
 */
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { csvCell } from '../../src/modules/outcome/outcome-analytics.csv';
import { startTestApp, TestApp } from '../support/harness';
import { analyticsData, AnalyticsData, CLINIC_1 } from './analytics-data';

let app: TestApp;
let data: AnalyticsData;
let analystToken: string;

beforeAll(async () => {
  app = await startTestApp();
  data = await analyticsData(app);
  analystToken = (await app.as({ role: Role.ANALYST, organization: data.org.slug })).token;
});
afterAll(() => app.close());

const csvUrl = (query: string) => `${app.baseUrl}/analytics/outcomes.csv${query}`;
const get = (query: string, token?: string) => fetch(csvUrl(query), { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** Parses the CSV (no quoted newlines occur in these rows) into objects keyed by the header. */
function parse(text: string): Array<Record<string, string>> {
  const [header, ...rows] = text.trimEnd().split('\r\n');
  const columns = header.split(',');
  return rows.map((row) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (quoted && c === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = !quoted;
      } else if (c === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else {
        cell += c;
      }
    }
    cells.push(cell);
    return Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
  });
}

test('refused without a token, with a bad token, and for a role without analytics', async () => {
  const anonymous = await get('?groupBy=CLINIC');
  expect(anonymous.status).toBe(401);
  expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
    'UNAUTHENTICATED',
  );
  expect((await get('?groupBy=CLINIC', 'not-a-token')).status).toBe(401);
  const { token } = await app.as({ role: Role.PRACTITIONER, organization: data.org.slug, clinics: ['clinic-0001'] });
  expect((await get('?groupBy=CLINIC', token)).status).toBe(403);
});

test('the same numbers as the GraphQL query, with the small clinic suppressed', async () => {
  const response = await get('?groupBy=CLINIC', analystToken);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  const rows = parse(await response.text());
  const { api } = await app.as({ role: Role.ANALYST, organization: data.org.slug });
  const { outcomeAnalytics } = await api.OutcomeAnalytics({ groupBy: ['CLINIC'] });
  expect(rows).toHaveLength(outcomeAnalytics.groups.length);
  for (const group of outcomeAnalytics.groups) {
    const row = rows.find((r) => r.clinic_id === group.clinicId)!;
    const gb = group.scales.find((s) => s.scale === 'GOODMAN_BARON_QUALITATIVE');
    const erythema = group.adverseEvents.find((e) => e.kind === 'ERYTHEMA');
    const text = (v: number | string | boolean | null | undefined) => (v == null ? '' : String(v));
    expect(row).toMatchObject({
      clinic_name: text(group.clinicName),
      suppressed: text(group.suppressed),
      patients: text(group.patients),
      courses_started: text(group.coursesStarted),
      completion_rate: text(group.completionRate),
      mean_sessions_per_completed_course: text(group.meanSessionsPerCompletedCourse),
      no_show_rate: text(group.noShowRate),
      goodman_baron_qualitative_mean_change: text(gb?.meanChange),
      goodman_baron_qualitative_median_change: text(gb?.medianChange),
      goodman_baron_qualitative_improved_share: text(gb?.improvedShare),
      gais_mean_change: '',
      adverse_erythema_rate: text(erythema?.rate),
      adverse_erythema_patients: text(erythema?.patients),
    });
  }
  // Clinic 1 by hand; clinic 2 suppressed: its figures empty.
  const clinic1 = rows.find((r) => r.clinic_id === toGlobalId('Clinic', data.clinicIds[0]))!;
  expect([clinic1.patients, clinic1.courses_completed, Number(clinic1.mean_sessions_per_completed_course)]).toEqual([
    '6',
    '5',
    CLINIC_1.meanSessionsPerCompletedCourse,
  ]);
  const clinic2 = rows.find((r) => r.clinic_id === toGlobalId('Clinic', data.clinicIds[1]))!;
  expect(clinic2).toMatchObject({ suppressed: 'true', patients: '', courses_started: '', completion_rate: '', adverse_erythema_rate: '' });
});

test('filters as query parameters; a bad value is a 400 naming the parameter', async () => {
  const clinic = toGlobalId('Clinic', data.clinicIds[0]);
  const rows = parse(await (await get(`?clinicIds=${clinic}&startedFrom=2026-03-01T00:00:00Z&skinTypes=II,III`, analystToken)).text());
  // P1-P4: four patients, below five: one suppressed row.
  expect(rows.map((r) => [r.suppressed, r.patients])).toEqual([['true', '']]);
  const bad = await get('?groupBy=PATIENT', analystToken);
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual({
    code: 'BAD_USER_INPUT',
    argument: ['groupBy'],
  });
  expect((await get('?startedFrom=yesterday', analystToken)).status).toBe(400);
});

test('cells that a spreadsheet would run as formulas are defused', () => {
  expect([csvCell('=HYPERLINK("x")'), csvCell('a,b'), csvCell(-1), csvCell(null), csvCell(true)]).toEqual([
    `"'=HYPERLINK(""x"")"`,
    '"a,b"',
    '-1',
    '',
    'true',
  ]);
});

import 'reflect-metadata';
import { addDays, answerDateProblems, dateOfBirthProblem, screeningValidity, searchTerm } from '../../src/modules/patient/patient-rules';
import { requestIdOf } from '../../src/context';

const answers = (change: object = {}) => ({
  activeInfectionAtSite: false,
  activeAcne: false,
  keloidTendency: false,
  immunosuppression: false,
  anticoagulants: false,
  bleedingOrPlateletDisorder: false,
  pregnantOrBreastfeeding: false,
  herpesHistory: false,
  isotretinoinLastDoseOn: null,
  retinoidOrAcidLastUsedOn: null,
  recentSunburnOrTanning: false,
  allergies: [],
  medications: [],
  previousProcedures: [],
  ...change,
});

describe('screening validity', () => {
  test('valid through the screening day plus the renewal age, due the day after', () => {
    expect(screeningValidity('2025-01-01', 90, '2025-04-01')).toEqual({ validUntil: '2025-04-01', needsRenewal: false });
    expect(screeningValidity('2025-01-01', 90, '2025-04-02')).toEqual({ validUntil: '2025-04-01', needsRenewal: true });
    expect(screeningValidity('2024-12-31', 1, '2025-01-01')).toEqual({ validUntil: '2025-01-01', needsRenewal: false });
  });

  test('without a screening, renewal is due', () => {
    expect(screeningValidity(null, 90, '2025-04-01')).toEqual({ validUntil: null, needsRenewal: true });
  });

  test('days are added across month, year and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('date of birth', () => {
  test.each([
    ['1990-05-17', null],
    ['2025-06-01', null],
    ['2025-06-02', 'A date of birth cannot be in the future.'],
    ['1895-06-01', null],
    ['1895-05-31', 'A date of birth more than 130 years ago is not plausible.'],
    ['1990-02-30', 'Give the date of birth as "YYYY-MM-DD".'],
    ['17/05/1990', 'Give the date of birth as "YYYY-MM-DD".'],
  ])('%s on 2025-06-01: %s', (value, problem) => {
    expect(dateOfBirthProblem(value, '2025-06-01')).toBe(problem);
  });
});

test('answer dates must be real days, not after the screening', () => {
  expect(answerDateProblems(answers({ isotretinoinLastDoseOn: '2024-06-01' }), '2025-01-01')).toEqual([]);
  expect(
    answerDateProblems(
      answers({
        isotretinoinLastDoseOn: '2025-01-02',
        retinoidOrAcidLastUsedOn: '2025-1-1',
        previousProcedures: [
          { procedure: 'peel', performedOn: '2024-01-01' },
          { procedure: 'laser', performedOn: '2026-01-01' },
        ],
      }),
      '2025-01-01',
    ).map((p) => p.path.join('.')),
  ).toEqual(['isotretinoinLastDoseOn', 'retinoidOrAcidLastUsedOn', 'previousProcedures.1.performedOn']);
});

test('search terms: lower case, phone numbers without their separators', () => {
  expect(searchTerm('  Hart ')).toBe('hart');
  expect(searchTerm('+1 (212) 555-0191')).toBe('+12125550191');
  expect(searchTerm('A.Hart@Example')).toBe('a.hart@example');
});

test('request ids: a short safe token from the client, else a uuid', () => {
  expect(requestIdOf('req-42_a.b')).toBe('req-42_a.b');
  for (const bad of [undefined, '', 'x'.repeat(65), 'a b', 'a;drop', 'é']) {
    expect(requestIdOf(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
});

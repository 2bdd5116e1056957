/** Calendar arithmetic on LocalDate strings, as waiting periods and screening validity use it. */
import { addCalendarMonths, addDays, daysBetween, isLocalDate } from '../../../src/modules/eligibility/local-date';

test('adding days crosses months, years and leap days', () => {
  expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  expect(addDays('2025-03-08', -7)).toBe('2025-03-01');
});

test('adding calendar months keeps the day, or takes the last day of a shorter month', () => {
  expect(addCalendarMonths('2025-03-15', 6)).toBe('2025-09-15');
  expect(addCalendarMonths('2025-08-31', 6)).toBe('2026-02-28');
  expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
  expect(addCalendarMonths('2025-01-31', 3)).toBe('2025-04-30');
  expect(addCalendarMonths('2025-11-15', 2)).toBe('2026-01-15');
  expect(addCalendarMonths('2025-06-10', -1)).toBe('2025-05-10');
});

test('days between two dates, negative backwards, unaffected by daylight saving changes', () => {
  expect(daysBetween('2024-12-12', '2025-06-10')).toBe(180);
  expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  expect(daysBetween('2025-06-10', '2025-06-03')).toBe(-7);
});

test('malformed or impossible dates are refused', () => {
  expect(isLocalDate('2025-02-29')).toBe(false);
  expect(isLocalDate('2025-2-1')).toBe(false);
  expect(isLocalDate('2024-02-29')).toBe(true);
  expect(() => addDays('2025-13-01', 1)).toThrow(RangeError);
});

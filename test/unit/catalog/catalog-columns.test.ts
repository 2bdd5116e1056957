/** Input -> columns: what a create or an update writes, in the documents' stored shape. */
import { protocolColumns, TREATMENT_DEFAULTS, treatmentColumns } from '../../../src/modules/catalog/catalog-columns';

describe('treatment columns', () => {
  test('an update writes only the fields it gives', () => {
    expect(treatmentColumns({ name: 'Microneedling', summary: null })).toEqual({ name: 'Microneedling' });
  });

  test('null clears an optional field', () => {
    expect(treatmentColumns({ safetyNote: null, typicalCourse: null, medicallyReviewedBy: null, lastReviewedOn: null })).toEqual({
      safety_note: null,
      typical_course: null,
      medically_reviewed_by: null,
      last_reviewed_on: null,
    });
  });

  test('a given object writes its nulls (a duration without a note)', () => {
    expect(treatmentColumns({ duration: { minMinutes: 30, maxMinutes: 60 } })).toEqual({
      duration_min_minutes: 30,
      duration_max_minutes: 60,
      duration_note: null,
    });
  });

  test('lists become JSON documents; procedure steps are numbered from 1', () => {
    const columns = treatmentColumns({
      procedureSteps: [
        { name: 'Cleanse', description: 'a' },
        { name: 'Needle', description: 'b' },
      ],
    });

    expect(JSON.parse(columns.procedure_steps as string)).toEqual([
      { position: 1, name: 'Cleanse', description: 'a' },
      { position: 2, name: 'Needle', description: 'b' },
    ]);
  });

  test('a course template is stored with its note (null when omitted)', () => {
    const columns = treatmentColumns({ typicalCourse: { sessionCount: { min: 3, max: 6 }, intervalDays: { min: 28, max: 42 } } });

    expect(JSON.parse(columns.typical_course as string)).toEqual({
      sessionCount: { min: 3, max: 6 },
      intervalDays: { min: 28, max: 42 },
      note: null,
    });
  });

  test('a new treatment starts with empty lists', () => {
    expect(TREATMENT_DEFAULTS).toMatchObject({ aliases: [], mechanisms: '[]', typical_course: null });
  });
});

describe('protocol columns', () => {
  test('a course template fills the course columns', () => {
    expect(
      protocolColumns({ courseTemplate: { sessionCount: { min: 3, max: 6 }, intervalDays: { min: 28, max: 42 }, note: 'n' } }),
    ).toEqual({
      session_count_min: 3,
      session_count_max: 6,
      interval_min_days: 28,
      interval_max_days: 42,
      course_note: 'n',
    });
  });

  test('steps are not columns of the protocol', () => {
    expect(protocolColumns({ name: 'Combo', steps: [{ treatmentId: 't' }] })).toEqual({ name: 'Combo' });
  });
});

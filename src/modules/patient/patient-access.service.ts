/**
 * Writes the health-data access trail (patient_access_events): who (the database stamps
 * the subject and the time), in which role, which patient, what was done, which fields
 * (names only, never values), and the request's id. Append-only for the application.
 */
import { GraphQLResponse } from '@apollo/server';
import { RequestContext } from '../../context';
import { PatientAccessAction } from './patient.enums';

export interface PatientAccess {
  organizationId: string;
  patientId: string;
  action: PatientAccessAction;
  /** Names of the fields touched, e.g. ["dateOfBirth", "skinType"]. */
  fields: string[];
}

/** Inserts the rows in the current transaction: a write's row commits or rolls back with the write. */
export async function recordPatientAccess(ctx: RequestContext, entries: PatientAccess[]): Promise<void> {
  const { viewer } = ctx;
  if (entries.length === 0) return;
  if (viewer.kind !== 'member') throw new Error('Only members touch patient data');
  await ctx.db.query(
    `INSERT INTO patient_access_events (organization_id, patient_id, actor_role, action, fields, request_id)
     SELECT e.organization_id, e.patient_id, $1, e.action, ARRAY(SELECT jsonb_array_elements_text(e.fields)), $2
       FROM jsonb_to_recordset($3::jsonb) AS e(organization_id uuid, patient_id uuid, action text, fields jsonb)`,
    [
      viewer.role,
      ctx.requestId,
      JSON.stringify(
        entries.map((e) => ({
          organization_id: e.organizationId,
          patient_id: e.patientId,
          action: e.action,
          fields: [...new Set(e.fields)].sort(),
        })),
      ),
    ],
  );
}

/**
 * Writes the health-data reads of the request, before its response leaves. Reads run in
 * a READ ONLY transaction, so the rows go into a short transaction of their own, after
 * the reads and before the response is sent (Apollo's willSendResponse). Writing them
 * there rather than running every patient request read-write keeps the read path
 * read-only (replicas, no accidental writes), and one INSERT per request records every
 * patient read, however many resolvers touched them. If that write fails, the response
 * is replaced by an internal error: health data never leaves without its audit row.
 */
export async function recordHealthReads(
  ctx: RequestContext,
  response: GraphQLResponse,
  log: (message: string, cause?: unknown) => void,
): Promise<void> {
  const reads = ctx.healthAccess?.take() ?? [];
  if (reads.length === 0) return;
  try {
    await ctx.db.transaction('READ COMMITTED', () =>
      recordPatientAccess(
        ctx,
        reads.map((read) => ({ ...read, action: PatientAccessAction.READ })),
      ),
    );
  } catch (error) {
    log('recording health-data reads failed; the response is withheld', error);
    response.http.status = 500;
    response.body = {
      kind: 'single',
      singleResult: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    };
  }
}

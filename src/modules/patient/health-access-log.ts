/**
 * The health-data access trail of one request. Field resolvers and fetches that return
 * health data note which patient's which fields were read; the request then writes one
 * patient_access_events row per patient with the set of field names (never values),
 * however many resolvers touched them. Writes record their row in the mutation's own
 * transaction instead (patient-access.service.ts).
 */
export interface HealthRead {
  organizationId: string;
  patientId: string;
  /** Field names, sorted. */
  fields: string[];
}

export class HealthAccessLog {
  private readonly reads = new Map<string, { organizationId: string; fields: Set<string> }>();

  /** Notes that `field` (a name such as "skinType" or "screening.answers") of a patient was read. */
  read(patient: { organizationId: string; patientId: string }, field: string): void {
    let entry = this.reads.get(patient.patientId);
    if (!entry) {
      entry = { organizationId: patient.organizationId, fields: new Set() };
      this.reads.set(patient.patientId, entry);
    }
    entry.fields.add(field);
  }

  /** The reads noted so far, one per patient, and forgets them (each is written once). */
  take(): HealthRead[] {
    const reads = [...this.reads].map(([patientId, { organizationId, fields }]) => ({
      organizationId,
      patientId,
      fields: [...fields].sort(),
    }));
    this.reads.clear();
    return reads;
  }
}

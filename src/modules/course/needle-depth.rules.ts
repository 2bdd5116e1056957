/**
 * Needle depth by treated area (device makers' guide, DOMAIN.md): within 0.25-3.0 mm
 * overall, always; outside the area's range only with a note saying why.
 */
export enum TreatmentArea {
  FOREHEAD = 'FOREHEAD',
  AROUND_EYES = 'AROUND_EYES',
  CHEEKS = 'CHEEKS',
  ACNE_SCARS = 'ACNE_SCARS',
  STRETCH_MARKS = 'STRETCH_MARKS',
}

export const DEPTH_OVERALL = { min: 0.25, max: 3.0 } as const;

export const AREA_DEPTH_MM: Record<TreatmentArea, { min: number; max: number }> = {
  FOREHEAD: { min: 0.25, max: 0.75 },
  AROUND_EYES: { min: 0.25, max: 0.5 },
  CHEEKS: { min: 0.5, max: 2.0 },
  ACNE_SCARS: { min: 1.0, max: 2.0 },
  STRETCH_MARKS: { min: 1.5, max: 2.0 },
};

/** What is wrong with `depthMm` on `area` (null when nothing is). */
export function needleDepthProblem(area: TreatmentArea, depthMm: number, note: string | null | undefined): string | null {
  if (!Number.isFinite(depthMm) || depthMm < DEPTH_OVERALL.min || depthMm > DEPTH_OVERALL.max) {
    return `Needle depth must lie within ${DEPTH_OVERALL.min}-${DEPTH_OVERALL.max} mm.`;
  }
  const range = AREA_DEPTH_MM[area];
  const hasNote = note != null && note.trim() !== '';
  if ((depthMm < range.min || depthMm > range.max) && !hasNote) {
    return `${depthMm} mm is outside the ${range.min}-${range.max} mm range for ${area.toLowerCase().replace('_', ' ')}: add a note saying why.`;
  }
  return null;
}

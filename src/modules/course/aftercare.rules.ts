/**
 * The aftercare plan of a completed session: each instruction of the treatments'
 * aftercare content (treatment library, `hours` min-max) as an absolute end time in the
 * clinic's zone, counted from the session's end. The longer bound is used ("no makeup
 * until ..."), the conservative reading when clinics give a range; an instruction that
 * several treatments share keeps its latest end.
 */
export interface AftercareContent {
  instruction: string;
  hours: { min: number; max: number };
  note: string | null;
}

export interface AftercareItem {
  instruction: string;
  treatmentSlug: string;
  until: Date;
  /** "2027-03-02 10:00" in the clinic's zone, for people. */
  untilLocal: string;
  note: string | null;
}

function localText(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export function aftercarePlan(
  treatments: ReadonlyArray<{ slug: string; aftercare: readonly AftercareContent[] }>,
  sessionEnd: Date,
  timeZone: string,
): AftercareItem[] {
  const byInstruction = new Map<string, AftercareItem>();
  for (const treatment of treatments) {
    for (const item of treatment.aftercare) {
      // Hours are elapsed time (a 24-hour wait is 24 hours even across a DST change).
      const until = new Date(sessionEnd.getTime() + item.hours.max * 3_600_000);
      const known = byInstruction.get(item.instruction);
      if (known && known.until >= until) continue;
      byInstruction.set(item.instruction, {
        instruction: item.instruction,
        treatmentSlug: treatment.slug,
        until,
        untilLocal: localText(until, timeZone),
        note: item.note,
      });
    }
  }
  return [...byInstruction.values()].sort((a, b) => a.until.getTime() - b.until.getTime() || a.instruction.localeCompare(b.instruction));
}

/** Latency summaries and number formatting for the benchmark report. */

export interface Summary {
  samples: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
}

/** Nearest-rank percentile (p in 0..1) of already sorted values. */
function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index];
}

export function summarize(latenciesMs: number[]): Summary {
  if (latenciesMs.length === 0) throw new Error('No samples to summarize');
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
  };
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function ratio(numerator: number, denominator: number): string {
  return `${(numerator / denominator).toFixed(1)}×`;
}

/** "12" when every value is the same, else "11–13". */
export function range(values: number[]): string {
  if (values.length === 0) return 'n/a';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? String(min) : `${min}–${max}`;
}

export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Runs `variants` in alternating rounds (so each is measured at the same moments),
 * first `warmupRounds` unrecorded, then until every variant has `minSamples` and
 * `minDurationMs` has passed, or `maxSamples` rounds were run.
 */
export async function interleaved(
  variants: Record<string, () => Promise<unknown>>,
  options: { warmupRounds: number; minSamples: number; maxSamples: number; minDurationMs: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.warmupRounds; round++) {
    for (const name of names) await variants[name]();
  }
  const started = performance.now();
  for (let round = 0; round < options.maxSamples; round++) {
    if (round >= options.minSamples && performance.now() - started >= options.minDurationMs) break;
    // Rotate the order each round so no variant always runs right after the same one.
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const t0 = performance.now();
      await variants[name]();
      samples[name].push(performance.now() - t0);
    }
  }
  return samples;
}

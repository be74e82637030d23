// The few statistics the benchmark reports: percentiles of latencies and medians of repeats.

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * Runs `work` and returns its result with the wall-clock milliseconds it took, and the CPU
 * milliseconds the process spent meanwhile (all its threads, user and system). On a machine
 * shared with other work the wall clock stretches with the load; the CPU time much less.
 */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

export const MB = 1024 * 1024;

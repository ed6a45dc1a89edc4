// Per-step timings and errors of a load run, and the table it prints.

export interface StepError {
  step: string;
  message: string;
}

export class StepStats {
  private times = new Map<string, number[]>();
  private errors = new Map<string, number>();
  /** The first few errors, word for word, so a failing run says why. */
  readonly samples: StepError[] = [];
  requests = 0;
  journeys = new Map<string, number>();

  record(step: string, ms: number, error: string | null, requests = 1): void {
    this.requests += requests;
    const list = this.times.get(step) ?? [];
    list.push(ms);
    this.times.set(step, list);
    if (error === null) return;
    this.errors.set(step, (this.errors.get(step) ?? 0) + 1);
    if (this.samples.length < 12) this.samples.push({ step, message: error });
  }

  journeyDone(kind: string): void {
    this.journeys.set(kind, (this.journeys.get(kind) ?? 0) + 1);
  }

  totalErrors(): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }

  errorsOf(step: string): number {
    return this.errors.get(step) ?? 0;
  }

  /** Steps run, each one timed answer (a sign-in is two requests, one step). */
  stepCount(): number {
    return [...this.times.values()].reduce((sum, t) => sum + t.length, 0);
  }

  /** In the order they first ran, staff steps after the customers'. */
  steps(): string[] {
    const all = [...this.times.keys()];
    return [...all.filter((s) => !s.startsWith("staff")), ...all.filter((s) => s.startsWith("staff"))];
  }

  /** One line per step: count, p50/p95/p99 and errors. */
  table(): string[] {
    const width = Math.max(...this.steps().map((s) => s.length), 4);
    const head = `  ${"step".padEnd(width)}  ${"count".padStart(6)}  ${"p50 ms".padStart(7)}  ${"p95 ms".padStart(7)}  ${"p99 ms".padStart(7)}  errors`;
    return [
      head,
      ...this.steps().map((step) => {
        const t = this.times.get(step) ?? [];
        const cell = (p: number) => percentile(t, p).toFixed(0).padStart(7);
        return `  ${step.padEnd(width)}  ${String(t.length).padStart(6)}  ${cell(50)}  ${cell(95)}  ${cell(99)}  ${this.errorsOf(step)}`;
      }),
    ];
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

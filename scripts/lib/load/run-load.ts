// One bounded load run: a fixed number of virtual customers and staff, each running its journey back to
// back with a think time between steps, until a hard stop; then the figures. Steps still in flight at
// the stop finish (they are counted); no new step starts after it.
import { loadAverage } from "../bench-check";
import { HttpVisitor } from "./http-visitor";
import { customerJourney, type JourneyContext, staffJourney } from "./journeys";
import type { LoadCustomer } from "./load-data";
import { cpuSeconds } from "./proc-cpu";
import { StepStats } from "./step-stats";

export interface LoadOptions {
  base: string;
  customers: LoadCustomer[];
  password: string;
  staffCookies: string[];
  staff: number;
  searchActionId: string;
  seconds: number;
  thinkMs: number;
  dates: JourneyContext["dates"];
  /** The server processes whose CPU counts (read at the start and the end), by group. */
  serverPids: () => Promise<Record<string, number[]>>;
  /** Called once, `at` seconds into the run (bench:instances kills an instance there). */
  during?: { at: number; run: () => Promise<void> | void };
}

export interface LoadResult {
  stats: StepStats;
  seconds: number;
  serverCpu: Record<string, number>;
  generatorCpu: number;
  load: string;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const stats = new StepStats();
  const started = performance.now();
  const ctx: JourneyContext = {
    stats,
    thinkMs: options.thinkMs,
    deadline: started + options.seconds * 1000,
    dates: options.dates,
  };
  const cpu = new CpuSampler(options.serverPids, await options.serverPids());
  const ownBefore = process.cpuUsage();
  // Each virtual user its own loopback address: 127.0.1.1 …
  const address = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
  const customers = options.customers.map(async (customer, i) => {
    const visitor = new HttpVisitor(options.base, address(i));
    // Spread the first sign-ins over the first think time rather than all at once.
    await new Promise((resolve) => setTimeout(resolve, (i / options.customers.length) * options.thinkMs));
    while (performance.now() < ctx.deadline) {
      await customerJourney(ctx, visitor, customer, options.password);
    }
    visitor.close();
  });
  const staff = Array.from({ length: options.staff }, async (_, i) => {
    const visitor = new HttpVisitor(options.base, address(options.customers.length + i));
    const cookie = options.staffCookies[i % options.staffCookies.length] ?? "";
    let k = i;
    while (performance.now() < ctx.deadline) {
      const customer = options.customers[(k * 7) % options.customers.length];
      k++;
      if (customer) await staffJourney(ctx, visitor, cookie, options.searchActionId, customer);
    }
    visitor.close();
  });
  const during = options.during;
  const timer = during ? setTimeout(() => void during.run(), during.at * 1000) : undefined;
  await Promise.all([...customers, ...staff]);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const own = process.cpuUsage(ownBefore);
  const serverCpu = await cpu.stop();
  return { stats, seconds, serverCpu, generatorCpu: (own.user + own.system) / 1e6, load: loadAverage() };
}

/**
 * Reads the CPU of each process every second and keeps the last reading, so that a process killed in
 * the run counts up to its last second.
 */
class CpuSampler {
  private first = new Map<number, number>();
  private last = new Map<number, number>();
  private timer: NodeJS.Timeout;
  constructor(
    private find: () => Promise<Record<string, number[]>>,
    private groups: Record<string, number[]>,
  ) {
    this.read(this.first);
    this.read(this.last);
    this.timer = setInterval(() => void this.refresh(), 1000);
  }

  /** Processes that appear later (a database connection the pool opens under load) count from zero. */
  private async refresh() {
    const found = await this.find().catch(() => ({}) as Record<string, number[]>);
    for (const [key, pids] of Object.entries(found)) {
      this.groups[key] = [...new Set([...(this.groups[key] ?? []), ...pids])];
    }
    this.read(this.last);
  }

  private read(into: Map<number, number>) {
    for (const pid of Object.values(this.groups).flat()) {
      const seconds = cpuSeconds([pid]);
      if (seconds > 0) into.set(pid, seconds);
    }
  }

  async stop(): Promise<Record<string, number>> {
    clearInterval(this.timer);
    await this.refresh();
    const used = (pid: number) => (this.last.get(pid) ?? 0) - (this.first.get(pid) ?? 0);
    return Object.fromEntries(
      Object.entries(this.groups).map(([key, pids]) => [key, pids.reduce((sum, pid) => sum + used(pid), 0)]),
    );
  }
}

/** The figures of a run, worded; `sessionsPerCore` defined in the output itself. */
export function printLoadResult(title: string, result: LoadResult, minutes = 5): void {
  const { stats, seconds } = result;
  const customerJourneys = stats.journeys.get("customer") ?? 0;
  const staffJourneys = stats.journeys.get("staff") ?? 0;
  console.log(`\n${title}: ${seconds.toFixed(1)} s, ${result.load}`);
  console.log(
    `  throughput: ${(stats.requests / seconds).toFixed(1)} requests/s; ${((customerJourneys * 60) / seconds).toFixed(1)} customer journeys/min, ${((staffJourneys * 60) / seconds).toFixed(1)} staff journeys/min (completed)`,
  );
  for (const line of stats.table()) console.log(line);
  console.log(`  errors: ${stats.totalErrors()} (goal 0)`);
  for (const sample of stats.samples) console.log(`    ${sample.step}: ${sample.message}`);
  const serverTotal = Object.values(result.serverCpu).reduce((a, b) => a + b, 0);
  const parts = Object.entries(result.serverCpu)
    .map(([key, cpu]) => `${key} ${cpu.toFixed(1)} s`)
    .join(", ");
  console.log(
    `  server CPU: ${serverTotal.toFixed(1)} s (${parts}) = ${(serverTotal / seconds).toFixed(2)} cores; load generator ${result.generatorCpu.toFixed(1)} s`,
  );
  if (customerJourneys > 0) {
    // Staff journeys ran too: their CPU is charged to the customers' journeys, which overstates them.
    const perJourney = serverTotal / customerJourneys;
    console.log(
      `  CPU per customer journey: ${(perJourney * 1000).toFixed(0)} ms (server CPU of the whole run, staff included, / completed customer journeys)`,
    );
    console.log(
      `  sessions per core: ${Math.floor((minutes * 60) / perJourney)} = customers each doing one such journey in ${minutes} minutes that one core serves (${minutes * 60} s / CPU per journey)`,
    );
  }
}

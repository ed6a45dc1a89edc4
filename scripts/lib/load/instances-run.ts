// One bench:instances run: the bench:load journey through nginx while one contract confirmation per
// customer goes into pg-boss (spread over the first 80 % of the run); then the jobs' end states, the
// mails counted per recipient, what nginx's access log says (requests tried on both instances, 5xx
// answers), and the errors split into GET steps (nginx may retry them) and steps that POST.
import type PgBoss from "pg-boss";
import { startMailSink } from "../mail-sink";
import { awaitJobs, type JobStates, mailsPerRecipient, type SentJob, sendConfirmation } from "./job-probe";
import { accessLogSince, fileSize } from "./nginx-runner";
import { type LoadOptions, type LoadResult, printLoadResult, runLoad } from "./run-load";

export interface RunSetting {
  url: URL;
  boss: PgBoss;
  contracts: Map<string, string>;
  smtpPort: number;
  mailDir: string;
  accessLog: string;
  jobs: boolean;
}

export interface InstancesRun {
  result: LoadResult;
  sent: number;
  states: JobStates;
  /** Jobs whose customer received one copy of one message. */
  exactlyOnce: number;
  /** Customers who received the same message (one Message-ID) more than once: a resend after a dead run. */
  resent: string[];
  /** Customers who received more than one message: a job whose mail went twice. */
  twice: string[];
  missing: string[];
  getErrors: number;
  postErrors: number;
  log: ReturnType<typeof accessLogSince>;
  waitedSeconds: number;
}

/** Steps with a POST in them: a POST already sent to a dying instance is not resent by nginx. */
const POSTING_STEPS = new Set(["sign in", "sign out", "staff: search"]);

export async function runThroughNginx(setting: RunSetting, options: LoadOptions): Promise<InstancesRun> {
  const sink = await startMailSink({ port: setting.smtpPort, dir: setting.mailDir });
  const logFrom = fileSize(setting.accessLog);
  const queued: Promise<SentJob>[] = [];
  const customers = setting.jobs ? options.customers : [];
  let next = 0;
  const every = (options.seconds * 800) / Math.max(1, customers.length);
  const timer = setInterval(() => {
    const customer = customers[next++];
    if (!customer) return clearInterval(timer);
    const contractId = setting.contracts.get(customer.email);
    if (contractId) queued.push(sendConfirmation(setting.boss, contractId, customer.email));
  }, every);
  const result = await runLoad(options);
  clearInterval(timer);
  const sent = await Promise.all(queued);
  const waitStarted = performance.now();
  // A job on the killed instance is expired after 60 s, then retried after 5 s; pg-boss's maintenance
  // notices expiry on its own schedule, so allow minutes.
  const states = await awaitJobs(
    setting.url,
    sent.map((job) => job.id),
    240,
  );
  const waitedSeconds = (performance.now() - waitStarted) / 1000;
  // The last mail may still be on its way from the instance that ran the job.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await sink.close();
  const mails = mailsPerRecipient(setting.mailDir);
  const stats = result.stats;
  const errorsIn = (posting: boolean) =>
    stats
      .steps()
      .filter((step) => POSTING_STEPS.has(step) === posting)
      .reduce((sum, step) => sum + stats.errorsOf(step), 0);
  return {
    result,
    sent: sent.length,
    states,
    exactlyOnce: sent.filter((job) => mails.get(job.email)?.copies === 1).length,
    resent: sent
      .filter((job) => (mails.get(job.email)?.copies ?? 0) > (mails.get(job.email)?.messages.size ?? 0))
      .map((job) => job.email),
    twice: sent.filter((job) => (mails.get(job.email)?.messages.size ?? 0) > 1).map((job) => job.email),
    missing: sent.filter((job) => !mails.has(job.email)).map((job) => job.email),
    getErrors: errorsIn(false),
    postErrors: errorsIn(true),
    log: accessLogSince(setting.accessLog, logFrom),
    waitedSeconds,
  };
}

export function printInstancesRun(title: string, run: InstancesRun): void {
  printLoadResult(title, run.result);
  const { log } = run;
  console.log(
    `  nginx: ${log.requests} requests (${log.gets} GET, ${log.getsLost} of them lost: 502/504 from nginx); ${log.retried} tried on both instances (${log.retriedOk} of them answered by the second); ${log.failed.length} answered 5xx${log.failed.length ? `: ${log.failed.slice(0, 6).join(", ")}` : ""}`,
  );
  console.log(
    `  errors in GET steps: ${run.getErrors}; in steps that POST (not resent by nginx): ${run.postErrors}; an instance's own 500s (see its log) are not retried`,
  );
  const states = Object.entries(run.states.byState)
    .map(([state, n]) => `${n} ${state}`)
    .join(", ");
  console.log(
    `  jobs: ${run.sent} contract confirmations queued; ${states}; ${run.states.retried} run more than once by pg-boss; waited ${run.waitedSeconds.toFixed(0)} s after the load for them`,
  );
  console.log(
    `  mails: ${run.exactlyOnce} jobs' mail exactly once; ${run.resent.length} resent as the same message (one Message-ID)${list(run.resent)}; ${run.twice.length} as two messages${list(run.twice)}; ${run.missing.length} missing${list(run.missing)}`,
  );
}

const list = (emails: string[]) => (emails.length ? ` (${emails.join(", ")})` : "");

// A contract's status wherever it is shown or exported follows its dates at once, not when the nightly
// update-contract-statuses job has run: none of these tests runs it.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { confirmMove } from "@/features/contracts/server/confirm-move";
import { searchCustomers } from "@/features/customers/server/customer-search";
import { viewCustomer } from "@/features/customers/server/customer-view";
import { accessCopyJson } from "@/features/privacy/server/access-copy";
import { type Owner, ownerOf } from "@/features/privacy/server/customer-data";
import { portabilityZip } from "@/features/privacy/server/portability";
import { db } from "@/platform/db";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "../support/factories";
import { DEMO_MOVE_TARGETS, KARI_NATIONAL_ID, moverWithContract } from "../support/movers";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
// Wednesday 25 November 2026, 13:00 in Oslo.
const NOW = new Date("2026-11-25T12:00:00Z");
const [SJOGATA] = DEMO_MOVE_TARGETS;

/** Kari moves to Sjøgata 12 on `moveDate`, reported at NOW. */
async function moved(moveDate: string) {
  // Each test's Kari is the only one on Sjøgata 12: an earlier test's tenancy there would refuse the move.
  await db.supplyPeriod.deleteMany({ where: { meteringPoint: { gsrn: SJOGATA?.gsrn ?? "" } } });
  const kari = await moverWithContract(KARI_NATIONAL_ID);
  const done = await confirmMove(
    kari.actor,
    {
      contractId: kari.contractId,
      moveDate,
      streetName: SJOGATA?.streetName ?? "",
      houseNumber: SJOGATA?.buildingNumber ?? "",
      postalCode: SJOGATA?.place.postalCode ?? "",
      meterNumber: undefined,
      gsrn: SJOGATA?.gsrn ?? "",
      confirm: "ja",
    },
    { registries: sim.registries, now: NOW },
  );
  if (!done.ok) throw new Error(done.reason);
  const owner = await ownerOf(kari.actor.customerId);
  if (!owner) throw new Error("no owner");
  return { customerId: kari.actor.customerId, contractId: kari.contractId, owner };
}

/** The contracts' statuses in the portability ZIP's avtaler.csv, by start date. */
async function portabilityStatuses(owner: Owner, now: Date) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of portabilityZip(owner, now)) chunks.push(chunk);
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const csv = new TextDecoder().decode(unzipSync(bytes)["avtaler.csv"]);
  const [head = "", ...lines] = csv.trim().split("\r\n");
  const columns = head.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    return `${cells[columns.indexOf("startDate")]} ${cells[columns.indexOf("status")]}`;
  });
}

/** The contracts' statuses in the access copy (JSON), by start date. */
async function accessCopyStatuses(owner: Owner, now: Date) {
  let json = "";
  for await (const part of accessCopyJson(owner, now)) json += part;
  const copy = JSON.parse(json) as {
    categories: {
      fields: { tables: { table: string; rows: { startDate: string; status: string }[] }[] }[];
    }[];
  };
  const rows = copy.categories
    .flatMap((c) => c.fields.flatMap((f) => f.tables))
    .filter((t) => t.table === "Contract")
    .flatMap((t) => t.rows);
  return [...new Set(rows.map((row) => `${row.startDate} ${row.status}`))];
}

/** The contracts' statuses on customer service's view of the customer, by start date. */
async function staffViewStatuses(customerId: string, now: Date) {
  const staff = await createUser({ role: "SUPPORT" });
  const view = await viewCustomer({ userId: staff.id, role: "SUPPORT" }, customerId, "inquiry", now);
  return (view?.contracts ?? []).map((c) => `${c.startDate.toISOString().slice(0, 10)} ${c.status}`);
}

/** Old contract ended, new one active from `moveDate`: in the portability CSV, the access copy and the staff view. */
async function expectEndedAndStarted(
  moved: { customerId: string; owner: Owner },
  moveDate: string,
  now: Date,
) {
  const expected = ["2025-01-01 TERMINATED", `${moveDate} ACTIVE`];
  expect((await portabilityStatuses(moved.owner, now)).sort()).toEqual(expected);
  expect((await accessCopyStatuses(moved.owner, now)).sort()).toEqual(expected);
  expect((await staffViewStatuses(moved.customerId, now)).sort()).toEqual(expected);
}

describe("a contract's status follows its dates wherever it is shown", () => {
  it("P22, P26: after a move back in time the access copy, the portability CSV and the staff view show the old contract ended", async () => {
    const kari = await moved("2026-11-10");
    // The move ended the old contract in its own transaction.
    expect(
      await db.contract.findUnique({ where: { id: kari.contractId }, select: { status: true } }),
    ).toEqual({
      status: "TERMINATED",
    });
    await expectEndedAndStarted(kari, "2026-11-10", NOW);
  });

  it("P22, P26: once a move's date has come, the old contract shows ended and the new one active, before the nightly job", async () => {
    // Reported in November for 10 December; the morning of that day, before any nightly run.
    await expectEndedAndStarted(await moved("2026-12-10"), "2026-12-10", new Date("2026-12-10T08:00:00Z"));
  });

  it("staff search and the staff view show a customer whose last contract has ended as ended, before the nightly job", async () => {
    const staff = await createUser({ role: "SUPPORT" });
    const leaving = await createCustomer({ firstName: "Sluttdag", lastName: "Passertsen" });
    const point = await createMeteringPoint(leaving.id);
    // Terminated ahead of time to end on 20 November; the job that would mark it has not run since.
    await createSupplyPeriod(leaving.id, point.id, "2025-01-01", "2026-11-20");
    await createContract(leaving.id, point.id, { endDate: new Date("2026-11-20") });
    const actor = { userId: staff.id, role: "SUPPORT" as const };
    const found = await searchCustomers(actor, { q: "Passertsen", reason: "inquiry" }, NOW);
    expect(found.results.map((r) => r.status)).toEqual(["ENDED"]);
    const view = await viewCustomer(actor, leaving.id, "inquiry", NOW);
    expect(view && { status: view.status, contracts: view.contracts.map((c) => c.status) }).toEqual({
      status: "ENDED",
      contracts: ["TERMINATED"],
    });
  });
});

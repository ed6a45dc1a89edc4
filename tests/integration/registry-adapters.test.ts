// Each real registry client against the simulator server, over HTTP, in every fault mode.
import { describe, expect, it } from "vitest";
import { isValidGsrn } from "@/platform/identifiers/gsrn";
import { parseNationalId } from "@/platform/identifiers/national-id";
import { createRegistries, simulatorEndpoints } from "@/platform/registries/registries";
import { NAMED_PEOPLE, SYNTHETIC_PEOPLE, UNKNOWN_NATIONAL_ID } from "@/platform/registries/simulator/people";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
const { approved, approvedNorth, approvedTwoPoints, approvedQuarterHourly } = NAMED_PEOPLE;
const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const findApproved = () =>
  sim.registries.folkeregister.findPerson({ nationalId: approved.nationalId, name: nameOf(approved) });

describe("synthetic population", () => {
  it("has dozens of people, every number synthetic and valid, D-numbers included, every GSRN valid", () => {
    expect(SYNTHETIC_PEOPLE.length).toBeGreaterThanOrEqual(48);
    const parsed = SYNTHETIC_PEOPLE.map((p) => parseNationalId(p.nationalId));
    expect(parsed.every((p) => p?.synthetic)).toBe(true);
    expect(parsed.filter((p) => p?.kind === "DNR").length).toBeGreaterThanOrEqual(3);
    expect(new Set(SYNTHETIC_PEOPLE.map((p) => p.nationalId)).size).toBe(SYNTHETIC_PEOPLE.length);
    const points = SYNTHETIC_PEOPLE.flatMap((p) => p.meteringPoints.map((m) => m.gsrn));
    expect(points.every(isValidGsrn)).toBe(true);
    expect(new Set(points).size).toBe(points.length);
    expect(parseNationalId(UNKNOWN_NATIONAL_ID)?.synthetic).toBe(true);
  });
});

describe("Folkeregisteret client", () => {
  it("P7: reads a settled person's name, birth date and registered address from the person document", async () => {
    const result = await sim.registries.folkeregister.findPerson({
      nationalId: approvedNorth.nationalId,
      name: nameOf(approvedNorth),
    });
    expect(result).toEqual({
      ok: true,
      value: {
        identifierType: "foedselsnummer",
        status: "bosatt",
        firstName: "SNILL",
        middleName: "BLÅ",
        lastName: "HVALROSS",
        birthDate: "1972-11-03",
        deceased: false,
        address: { street: "Storgata 40", postalCode: "9008", city: "TROMSØ", municipalityNumber: "5501" },
      },
    });
  });

  it("P7: tells a D-number, a deceased and an emigrated person apart", async () => {
    const d = NAMED_PEOPLE.approvedDNumber;
    const dn = await sim.registries.folkeregister.findPerson({ nationalId: d.nationalId, name: nameOf(d) });
    expect(dn.ok && dn.value.identifierType).toBe("dNummer");
    const dead = NAMED_PEOPLE.deceased;
    const deceased = await sim.registries.folkeregister.findPerson({
      nationalId: dead.nationalId,
      name: nameOf(dead),
    });
    expect(deceased.ok && [deceased.value.status, deceased.value.deceased]).toEqual(["doed", true]);
    const gone = NAMED_PEOPLE.emigrated;
    const emigrated = await sim.registries.folkeregister.findPerson({
      nationalId: gone.nationalId,
      name: nameOf(gone),
    });
    expect(emigrated.ok && [emigrated.value.status, emigrated.value.address]).toEqual(["utflyttet", null]);
  });

  it("maps an unknown person to not-found, and a rejected query to invalid", async () => {
    expect(
      await sim.registries.folkeregister.findPerson({
        nationalId: UNKNOWN_NATIONAL_ID,
        name: "Glad Elefant",
      }),
    ).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(
      await sim.registries.folkeregister.findPerson({ nationalId: approved.nationalId, name: "" }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("per-request faults: deceased, emigrated and not-found apply to one request only", async () => {
    sim.fault("folkeregister", "deceased");
    const dead = await findApproved();
    expect(dead.ok && dead.value.deceased).toBe(true);
    sim.fault("folkeregister", "emigrated");
    const gone = await findApproved();
    expect(gone.ok && gone.value.status).toBe("utflyttet");
    sim.fault("folkeregister", "not-found");
    expect(await findApproved()).toEqual({ ok: false, reason: "not-found" });
    const after = await findApproved();
    expect(after.ok && after.value.status).toBe("bosatt");
  });

  it("retries a failed look-up with backoff: two 500s and then an answer is a success", async () => {
    sim.fault("folkeregister", "500", 2);
    const result = await findApproved();
    expect(result.ok).toBe(true);
  });

  it("a 500 on every attempt, a timeout on every attempt and a malformed answer are unavailable", async () => {
    sim.fault("folkeregister", "500", 3);
    expect(await findApproved()).toEqual({ ok: false, reason: "unavailable" });
    sim.fault("folkeregister", "timeout", 3);
    expect(await findApproved()).toEqual({ ok: false, reason: "unavailable" });
    sim.fault("folkeregister", "malformed", 3);
    expect(await findApproved()).toEqual({ ok: false, reason: "unavailable" });
  });

  it("a slow answer within the timeout is still an answer", async () => {
    sim.fault("folkeregister", "slow");
    expect((await findApproved()).ok).toBe(true);
    const slowPerson = NAMED_PEOPLE.slowRegister;
    const slow = await sim.registries.folkeregister.findPerson({
      nationalId: slowPerson.nationalId,
      name: nameOf(slowPerson),
    });
    expect(slow.ok).toBe(true);
  });

  it("a person whose register never answers is unavailable (per-person fault)", async () => {
    const down = NAMED_PEOPLE.registerDown;
    expect(
      await sim.registries.folkeregister.findPerson({ nationalId: down.nationalId, name: nameOf(down) }),
    ).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });

  it("a client without the right token gets unavailable, not a person", async () => {
    const endpoints = simulatorEndpoints(sim.server.url);
    const unauthorised = createRegistries(
      { ...endpoints, folkeregister: { ...endpoints.folkeregister, token: "" } },
      { timeoutMs: 1000, retries: 0 },
    );
    expect(
      await unauthorised.folkeregister.findPerson({ nationalId: approved.nationalId, name: "Glad Elefant" }),
    ).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });
});

describe("Elhub client", () => {
  it("P8: finds the metering point by national ID + address, with price area, grid company and resolution", async () => {
    const result = await sim.registries.elhub.findMeteringPoints({
      nationalId: approvedNorth.nationalId,
      postcode: "9008",
      streetName: "storgata",
      buildingNumber: "40",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({
      meteringPointId: approvedNorth.meteringPoints[0]?.gsrn,
      priceArea: "NO4",
      gridAccessProviderName: "Arva",
      address: { municipalityCode: "5501", postcode: "9008" },
      meterReadingOccurrence: "PT1H",
    });
    expect(isValidGsrn(result.value[0]?.meteringPointId ?? "")).toBe(true);
  });

  it("P8: finds by meter number, returns every point at an address, and not-found for a wrong address", async () => {
    const byMeter = await sim.registries.elhub.findMeteringPoints({
      nationalId: approved.nationalId,
      meterNumber: approved.meteringPoints[0]?.meterNumber ?? "",
    });
    expect(byMeter.ok && byMeter.value.map((m) => m.meteringPointId)).toEqual([
      approved.meteringPoints[0]?.gsrn,
    ]);
    const two = await sim.registries.elhub.findMeteringPoints({
      nationalId: approvedTwoPoints.nationalId,
      postcode: "7010",
      streetName: "Munkegata",
      buildingNumber: "3",
    });
    expect(two.ok && two.value).toHaveLength(2);
    expect(
      await sim.registries.elhub.findMeteringPoints({
        nationalId: approved.nationalId,
        postcode: "0182",
        streetName: "Eksempelveien",
        buildingNumber: "99",
      }),
    ).toEqual({ ok: false, reason: "not-found" });
    const none = NAMED_PEOPLE.noMeteringPoint;
    expect(
      await sim.registries.elhub.findMeteringPoints({
        nationalId: none.nationalId,
        postcode: none.place.postalCode,
        streetName: none.streetName,
        buildingNumber: none.buildingNumber,
      }),
    ).toEqual({ ok: false, reason: "not-found" });
  });

  it("P8: metering values come at the point's own resolution, the same on every call", async () => {
    const hourly = approved.meteringPoints[0]?.gsrn ?? "";
    const quarter = approvedQuarterHourly.meteringPoints[0]?.gsrn ?? "";
    const period = { start: new Date("2026-01-10T23:00:00Z"), end: new Date("2026-01-11T23:00:00Z") };
    const h = await sim.registries.elhub.meteringValues({ meteringPointId: hourly, ...period });
    const q = await sim.registries.elhub.meteringValues({ meteringPointId: quarter, ...period });
    expect(h.ok && [h.value.resolution, h.value.values.length]).toEqual(["PT1H", 24]);
    expect(q.ok && [q.value.resolution, q.value.values.length]).toEqual(["PT15M", 96]);
    if (!q.ok) return;
    expect(q.value.values[1]?.intervalStart.toISOString()).toBe("2026-01-10T23:15:00.000Z");
    expect(q.value.values.every((v) => v.kwh > 0)).toBe(true);
    const again = await sim.registries.elhub.meteringValues({ meteringPointId: quarter, ...period });
    expect(again.ok && again.value.values).toEqual(q.value.values);
  });

  it("maps a bad period to invalid, an unknown point to not-found, and outages to unavailable", async () => {
    const gsrn = approved.meteringPoints[0]?.gsrn ?? "";
    const start = new Date("2026-01-01T00:00:00Z");
    expect(
      await sim.registries.elhub.meteringValues({
        meteringPointId: gsrn,
        start,
        end: new Date("2026-03-01T00:00:00Z"),
      }),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await sim.registries.elhub.meteringValues({
        meteringPointId: "707057500999999995",
        start,
        end: new Date("2026-01-02T00:00:00Z"),
      }),
    ).toEqual({ ok: false, reason: "not-found" });
    sim.fault("elhub", "500", 3);
    expect(
      await sim.registries.elhub.meteringValues({
        meteringPointId: gsrn,
        start,
        end: new Date("2026-01-02T00:00:00Z"),
      }),
    ).toEqual({
      ok: false,
      reason: "unavailable",
    });
    sim.fault("elhub", "timeout", 3);
    expect(
      await sim.registries.elhub.findMeteringPoints({ nationalId: approved.nationalId, meterNumber: "x" }),
    ).toEqual({ ok: false, reason: "unavailable" });
    sim.fault("elhub", "not-found");
    expect(
      await sim.registries.elhub.findMeteringPoints({
        nationalId: approved.nationalId,
        meterNumber: approved.meteringPoints[0]?.meterNumber ?? "",
      }),
    ).toEqual({ ok: false, reason: "not-found" });
    sim.fault("elhub", "slow");
    expect(
      (
        await sim.registries.elhub.meteringValues({
          meteringPointId: gsrn,
          start,
          end: new Date("2026-01-02T00:00:00Z"),
        })
      ).ok,
    ).toBe(true);
  });
});

describe("Experian client", () => {
  const check = (nationalId: string) => sim.registries.experian.creditCheck({ nationalId });

  it("P9: returns score, band, Experian's decision and that a copy letter was sent", async () => {
    const result = await check(approved.nationalId);
    expect(result.ok && result.value).toMatchObject({
      score: 82,
      band: "A",
      experianDecision: "APPROVED",
      openPaymentRemarks: 0,
      creditBlocked: false,
      copyLetterSent: true,
    });
    const review = await check(NAMED_PEOPLE.manualReview.nationalId);
    expect(review.ok && [review.value.experianDecision, review.value.band]).toEqual(["MANUAL_REVIEW", "E"]);
    const declined = await check(NAMED_PEOPLE.declined.nationalId);
    expect(declined.ok && declined.value.experianDecision).toBe("REJECTED");
    const blocked = await check(NAMED_PEOPLE.creditBlocked.nationalId);
    expect(
      blocked.ok && [blocked.value.creditBlocked, blocked.value.score, blocked.value.copyLetterSent],
    ).toEqual([true, null, false]);
  });

  it("per-request faults: declined, manual review, credit block and not found", async () => {
    sim.fault("experian", "declined");
    const declined = await check(approved.nationalId);
    expect(declined.ok && declined.value.experianDecision).toBe("REJECTED");
    sim.fault("experian", "manual-review");
    const review = await check(approved.nationalId);
    expect(review.ok && review.value.experianDecision).toBe("MANUAL_REVIEW");
    sim.fault("experian", "credit-blocked");
    const blocked = await check(approved.nationalId);
    expect(blocked.ok && blocked.value.creditBlocked).toBe(true);
    sim.fault("experian", "not-found");
    expect(await check(approved.nationalId)).toEqual({ ok: false, reason: "not-found" });
    expect(await check(UNKNOWN_NATIONAL_ID)).toEqual({ ok: false, reason: "not-found" });
  });

  it("never retries a credit check: one 500 is unavailable, and the next call succeeds", async () => {
    sim.fault("experian", "500", 1);
    expect(await check(approved.nationalId)).toEqual({ ok: false, reason: "unavailable" });
    expect((await check(approved.nationalId)).ok).toBe(true);
    sim.fault("experian", "timeout", 1);
    expect(await check(approved.nationalId)).toEqual({ ok: false, reason: "unavailable" });
    sim.fault("experian", "malformed", 1);
    expect(await check(approved.nationalId)).toEqual({ ok: false, reason: "unavailable" });
    sim.fault("experian", "slow", 1);
    expect((await check(approved.nationalId)).ok).toBe(true);
  });
});

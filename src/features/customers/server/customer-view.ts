import "server-only";
import { writeAudit } from "@/features/audit/server";
import { type SupplyWindow, supplyWindow, withinSupply } from "@/features/consumption/server";
import { contractStatusOn, customerStatusOn } from "@/features/contracts";
import type { InquiryStatusId } from "@/features/inquiries";
import { PRIVACY_RIGHTS } from "@/features/privacy";
import { effectiveDueAt } from "@/features/privacy/server";
import type { StaffSession } from "@/features/sign-in/server";
import type { Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { maskNationalId } from "@/platform/identifiers/national-id";
import { logError } from "@/platform/log";
import { DAY_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { AccessReason } from "../domain/customer-search";
import { STATUS_NAMES } from "./customer-search";

type Staff = Pick<StaffSession, "userId" | "role">;

/** The sections of the customer view: what an audit row says was shown. */
const SHOWN = [
  "contact",
  "national-id.masked",
  "contracts",
  "metering-points",
  "consumption-summary",
  "consent",
  "restriction-and-objection",
  "privacy-requests",
  "inquiries",
  "onboarding",
] as const;

const CONTRACT_PRODUCT_NAMES = { SPOT: "Spotpris", FIXED: "Fastpris" } as const;
const CONTRACT_STATUS_NAMES = {
  PENDING: "Under oppstart",
  ACTIVE: "Aktiv",
  TERMINATED: "Avsluttet",
} as const;
const PRIVACY_STATUS_NAMES = {
  RECEIVED: "Mottatt",
  IN_PROGRESS: "Under behandling",
  EXTENDED: "Fristen er forlenget",
  COMPLETED: "Fullført",
  REJECTED: "Avslått",
  WITHDRAWN: "Avsluttet, opplysningene er slettet",
} as const;
const ONBOARDING_STATUS_NAMES = {
  DRAFT: "Påbegynt",
  IDENTITY_VERIFIED: "Identitet bekreftet",
  METERING_POINT_CHOSEN: "Målepunkt valgt",
  CREDIT_DECIDED: "Kredittsjekk avgjort",
  COMPLETED: "Fullført",
  ABANDONED: "Avbrutt",
  DECLINED: "Avslått",
} as const;
const CREDIT_OUTCOME_NAMES = {
  APPROVED: "Godkjent",
  MANUAL_REVIEW: "Til manuell vurdering",
  DECLINED: "Avslått",
} as const;
const CREDIT_REVIEW_NAMES = { REQUESTED: "venter", APPROVED: "godkjent", DECLINED: "avslått" } as const;

export interface CustomerView {
  id: string;
  name: string;
  customerNumber: number;
  status: string;
  /** Null once the customer has erased it. */
  email: string | null;
  phone: string | null;
  address: string;
  /** "DDMMYY *****": the full number only through revealNationalId. */
  nationalIdMasked: string;
  createdAt: Date;
  endedAt: Date | null;
  contracts: {
    id: string;
    product: string;
    status: string;
    startDate: Date;
    endDate: Date | null;
    gsrn: string;
  }[];
  meteringPoints: {
    id: string;
    gsrn: string;
    meterNumber: string;
    address: string;
    priceArea: string;
    gridCompany: string;
    /** The customer's supply periods on the point, newest first: [from, to), to null while it lasts. */
    supplied: { from: Date; to: Date | null }[];
    /** kWh, rounded to whole kWh, as text ("1234"). */
    kwhLast30Days: string;
    kwhLast365Days: string;
    lastReadingAt: Date | null;
  }[];
  consent: { statistics: boolean; marketing: boolean; policyVersion: string; at: Date } | null;
  /** Art. 18 and 21: since when processing is restricted, or marketing/profiling objected to. */
  restrictedAt: Date | null;
  marketingObjectedAt: Date | null;
  profilingObjectedAt: Date | null;
  privacyRequests: { id: string; type: string; status: string; receivedAt: Date; dueAt: Date }[];
  inquiries: { id: string; subject: string; status: InquiryStatusId; createdAt: Date }[];
  onboarding: { id: string; status: string; creditDecision: string | null; createdAt: Date }[];
}

function maskedNationalId(ciphertext: string | null): string {
  if (ciphertext === null) return "Slettet";
  try {
    return maskNationalId(decryptNationalId(ciphertext));
  } catch (error) {
    // A value that does not open under today's key shows as fully masked rather than breaking the page.
    logError("customer-view.national-id", error);
    return maskNationalId("");
  }
}

/** The credit check's outcome and, where there is one, the human review case's state (GDPR Art. 22). */
function creditText(application: {
  creditOutcome: keyof typeof CREDIT_OUTCOME_NAMES | null;
  reviewCase: { status: keyof typeof CREDIT_REVIEW_NAMES } | null;
}): string | null {
  if (!application.creditOutcome) return null;
  const outcome = CREDIT_OUTCOME_NAMES[application.creditOutcome];
  return application.reviewCase
    ? `${outcome}; manuell vurdering ${CREDIT_REVIEW_NAMES[application.reviewCase.status]}`
    : outcome;
}

/** One entry per metering point, with its supply periods, in the order of each point's newest period. */
function suppliedPoints<P extends { id: string }>(
  periods: { fromDate: Date; toDate: Date | null; meteringPoint: P }[],
): { point: P; supplied: { from: Date; to: Date | null }[] }[] {
  const byPoint = new Map<string, { point: P; supplied: { from: Date; to: Date | null }[] }>();
  for (const period of periods) {
    const entry = byPoint.get(period.meteringPoint.id) ?? { point: period.meteringPoint, supplied: [] };
    entry.supplied.push({ from: period.fromDate, to: period.toDate });
    byPoint.set(period.meteringPoint.id, entry);
  }
  return [...byPoint.values()];
}

function kwhText(sum: Prisma.Decimal | null | undefined): string {
  return sum ? sum.toFixed(0) : "0";
}

/** kWh per metering point since a date, counting only readings inside the customer's own supply. */
async function consumptionSums(tx: Prisma.TransactionClient, windows: SupplyWindow[], since: Date) {
  if (windows.length === 0) return new Map<string, { kwh: Prisma.Decimal | null; last: Date | null }>();
  const groups = await tx.consumptionReading.groupBy({
    by: ["meteringPointId"],
    where: withinSupply(windows, since),
    _sum: { kwh: true },
    _max: { intervalStart: true },
  });
  return new Map(groups.map((g) => [g.meteringPointId, { kwh: g._sum.kwh, last: g._max.intervalStart }]));
}

/**
 * Everything customer service may see about a customer, on one page, for a reason the staff member
 * picked. The audit row (same transaction) names the staff member, the customer, the sections
 * shown and the reason, for the customer's "who has looked at my data".
 */
export async function viewCustomer(
  staff: Staff,
  customerId: string,
  reason: AccessReason,
  now: Date = new Date(),
): Promise<CustomerView | null> {
  const today = osloDate(now);
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { id: customerId },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        customerNumber: true,
        status: true,
        email: true,
        phone: true,
        street: true,
        postalCode: true,
        city: true,
        nationalIdCiphertext: true,
        createdAt: true,
        endedAt: true,
        restrictedAt: true,
        marketingObjectedAt: true,
        profilingObjectedAt: true,
        contracts: {
          orderBy: { startDate: "desc" },
          select: {
            id: true,
            product: true,
            status: true,
            startDate: true,
            endDate: true,
            meteringPoint: { select: { gsrn: true } },
          },
        },
        // The points the customer is, was or will be supplied on: the supply periods decide, not
        // MeteringPoint.customerId, which a move reported ahead hands over on the day it is confirmed.
        supplyPeriods: {
          orderBy: { fromDate: "desc" },
          select: {
            fromDate: true,
            toDate: true,
            meteringPoint: {
              select: {
                id: true,
                gsrn: true,
                meterNumber: true,
                street: true,
                postalCode: true,
                city: true,
                priceArea: true,
                gridCompany: true,
              },
            },
          },
        },
        consents: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { statistics: true, marketing: true, policyVersion: true, createdAt: true },
        },
        privacyRequests: {
          orderBy: { receivedAt: "desc" },
          select: { id: true, type: true, status: true, receivedAt: true, dueAt: true, extendedDueAt: true },
        },
        inquiries: {
          orderBy: { createdAt: "desc" },
          select: { id: true, subject: true, status: true, createdAt: true },
        },
        onboarding: {
          select: {
            id: true,
            status: true,
            createdAt: true,
            creditOutcome: true,
            reviewCase: { select: { status: true } },
          },
        },
      },
    });
    if (!customer) return null;

    // The supply periods read above, not a second query for them.
    const windows = customer.supplyPeriods.map((p) =>
      supplyWindow({ meteringPointId: p.meteringPoint.id, fromDate: p.fromDate, toDate: p.toDate }),
    );
    const year = await consumptionSums(tx, windows, new Date(now.getTime() - 365 * DAY_MS));
    const month = await consumptionSums(tx, windows, new Date(now.getTime() - 30 * DAY_MS));

    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "customer.view",
      subjectCustomerId: customer.id,
      targetType: "Customer",
      targetId: customer.id,
      metadata: { reason, shown: SHOWN },
    });

    const consent = customer.consents[0];
    return {
      id: customer.id,
      name: `${customer.firstName} ${customer.lastName}`,
      customerNumber: customer.customerNumber,
      status: STATUS_NAMES[customerStatusOn(customer, today)],
      email: customer.email,
      phone: customer.phone,
      address: `${customer.street}, ${customer.postalCode} ${customer.city}`,
      nationalIdMasked: maskedNationalId(customer.nationalIdCiphertext),
      createdAt: customer.createdAt,
      endedAt: customer.endedAt,
      contracts: customer.contracts.map((contract) => ({
        id: contract.id,
        product: CONTRACT_PRODUCT_NAMES[contract.product],
        status: CONTRACT_STATUS_NAMES[contractStatusOn(contract, today)],
        startDate: contract.startDate,
        endDate: contract.endDate,
        gsrn: contract.meteringPoint.gsrn,
      })),
      meteringPoints: suppliedPoints(customer.supplyPeriods).map(({ point, supplied }) => ({
        id: point.id,
        gsrn: point.gsrn,
        meterNumber: point.meterNumber,
        address: `${point.street}, ${point.postalCode} ${point.city}`,
        priceArea: point.priceArea,
        gridCompany: point.gridCompany,
        supplied,
        kwhLast30Days: kwhText(month.get(point.id)?.kwh),
        kwhLast365Days: kwhText(year.get(point.id)?.kwh),
        lastReadingAt: year.get(point.id)?.last ?? null,
      })),
      consent: consent
        ? {
            statistics: consent.statistics,
            marketing: consent.marketing,
            policyVersion: consent.policyVersion,
            at: consent.createdAt,
          }
        : null,
      restrictedAt: customer.restrictedAt,
      marketingObjectedAt: customer.marketingObjectedAt,
      profilingObjectedAt: customer.profilingObjectedAt,
      privacyRequests: customer.privacyRequests.map((request) => ({
        id: request.id,
        type: PRIVACY_RIGHTS.find((right) => right.requestType === request.type)?.name ?? request.type,
        status: PRIVACY_STATUS_NAMES[request.status],
        receivedAt: request.receivedAt,
        dueAt: effectiveDueAt(request),
      })),
      inquiries: customer.inquiries,
      onboarding: customer.onboarding
        ? [
            {
              id: customer.onboarding.id,
              status: ONBOARDING_STATUS_NAMES[customer.onboarding.status],
              createdAt: customer.onboarding.createdAt,
              creditDecision: creditText(customer.onboarding),
            },
          ]
        : [],
    };
  });
}

export type NationalIdReveal = { ok: true; nationalId: string } | { ok: false; reason: "not-found" };

/** The full national ID, on a deliberate click with a reason; the audit row never holds the number. */
export async function revealNationalId(
  staff: Staff,
  input: { customerId: string; reason: AccessReason },
): Promise<NationalIdReveal> {
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { id: input.customerId },
      select: { id: true, nationalIdCiphertext: true },
    });
    // An erased customer's number is gone: there is nothing to reveal.
    if (!customer?.nationalIdCiphertext) return { ok: false, reason: "not-found" };
    const nationalId = decryptNationalId(customer.nationalIdCiphertext);
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "customer.national-id.reveal",
      subjectCustomerId: customer.id,
      targetType: "Customer",
      targetId: customer.id,
      metadata: { reason: input.reason, shown: ["national-id"] },
    });
    return { ok: true, nationalId };
  });
}

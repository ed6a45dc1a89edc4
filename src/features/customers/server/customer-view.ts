import "server-only";
import { writeAudit } from "@/features/audit/server";
import { supplyWindow } from "@/features/consumption/server";
import { contractStatusOn, customerStatusOn } from "@/features/contracts";
import { type StaffInvoiceRow, staffInvoiceRow } from "@/features/invoices/server";
import { effectiveDueAt } from "@/features/privacy/server";
import type { StaffSession } from "@/features/sign-in/server";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import type {
  ContractProduct,
  ContractStatus,
  CreditOutcome,
  CreditReviewStatus,
  CustomerStatus,
  InquiryStatus,
  OnboardingStatus,
  PriceArea,
  PrivacyRequestStatus,
  PrivacyRequestType,
} from "@/platform/format/labels";
import { placeName } from "@/platform/format/place-name";
import { maskNationalId } from "@/platform/identifiers/national-id";
import { logError } from "@/platform/log";
import { DAY_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { AccessReason } from "../domain/customer-search";
import {
  type ConsumptionSums,
  CUSTOMER_CARD_SELECT,
  type CustomerCardRow,
  consumptionSums,
  suppliedPoints,
  wholeKwh,
} from "./customer-card-query";

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
  "invoices",
] as const;

/** The staff customer card in codes, numbers and dates: the page words them. */
export interface CustomerView {
  id: string;
  name: string;
  customerNumber: number;
  /** As the dates give it today (the nightly job may not have run). */
  status: CustomerStatus;
  /** Null once the customer has erased it. */
  email: string | null;
  phone: string | null;
  address: string;
  /** "DDMMYY *****": the full number only through revealNationalId; null once erased. */
  nationalIdMasked: string | null;
  createdAt: Date;
  endedAt: Date | null;
  contracts: {
    id: string;
    product: ContractProduct;
    status: ContractStatus;
    startDate: Date;
    endDate: Date | null;
    /** When the customer withdrew from it (angrerett). */
    withdrawnAt: Date | null;
    gsrn: string;
  }[];
  meteringPoints: {
    id: string;
    gsrn: string;
    meterNumber: string;
    address: string;
    priceArea: PriceArea;
    gridCompany: string;
    /** The customer's supply periods on the point, newest first: [from, to), to null while it lasts. */
    supplied: { from: Date; to: Date | null }[];
    /** Whole kWh inside the customer's supply. */
    kwhLast30Days: number;
    kwhLast365Days: number;
    lastReadingAt: Date | null;
  }[];
  consent: { statistics: boolean; marketing: boolean; policyVersion: string; at: Date } | null;
  /** Art. 18 and 21: since when processing is restricted, or marketing/profiling objected to. */
  restrictedAt: Date | null;
  marketingObjectedAt: Date | null;
  profilingObjectedAt: Date | null;
  privacyRequests: {
    id: string;
    type: PrivacyRequestType;
    status: PrivacyRequestStatus;
    receivedAt: Date;
    dueAt: Date;
  }[];
  inquiries: { id: string; subject: string; status: InquiryStatus; createdAt: Date }[];
  /** The credit check's outcome and, where there is one, the human review case's state (GDPR Art. 22). */
  onboarding: {
    id: string;
    status: OnboardingStatus;
    creditOutcome: CreditOutcome | null;
    creditReview: CreditReviewStatus | null;
    createdAt: Date;
  }[];
  /** Newest first, at most CARD_INVOICES_SHOWN. */
  invoices: StaffInvoiceRow[];
}

function maskedNationalId(ciphertext: string | null): string | null {
  if (ciphertext === null) return null;
  try {
    return maskNationalId(decryptNationalId(ciphertext));
  } catch (error) {
    // A value that does not open under today's key shows as fully masked rather than breaking the page.
    logError("customer-view.national-id", error);
    return maskNationalId("");
  }
}

/**
 * Everything customer service may see about a customer, on one page, for a reason the staff member
 * picked. The audit row (same transaction) names the staff member, the customer, the sections
 * shown and the reason, for the customer's "who has looked at my data".
 */
export async function viewCustomer(
  staff: Pick<StaffSession, "userId" | "role">,
  customerId: string,
  reason: AccessReason,
  now: Date = new Date(),
): Promise<CustomerView | null> {
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { id: customerId },
      select: CUSTOMER_CARD_SELECT,
    });
    if (!customer) return null;

    // The supply periods read above, not a second query for them.
    const windows = customer.supplyPeriods.map((p) =>
      supplyWindow({
        meteringPointId: p.meteringPoint.id,
        fromDate: p.fromDate,
        toDate: p.toDate,
        historyFromDate: p.historyFromDate,
      }),
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
    return customerView(customer, { year, month }, osloDate(now));
  });
}

function customerView(
  customer: CustomerCardRow,
  sums: { year: ConsumptionSums; month: ConsumptionSums },
  today: string,
): CustomerView {
  const consent = customer.consents[0];
  const application = customer.onboarding;
  return {
    id: customer.id,
    name: `${customer.firstName} ${customer.lastName}`,
    customerNumber: customer.customerNumber,
    status: customerStatusOn(customer, today),
    email: customer.email,
    phone: customer.phone,
    address: `${customer.street}, ${customer.postalCode} ${customer.city}`,
    nationalIdMasked: maskedNationalId(customer.nationalIdCiphertext),
    createdAt: customer.createdAt,
    endedAt: customer.endedAt,
    contracts: customer.contracts.map((contract) => ({
      id: contract.id,
      product: contract.product,
      status: contractStatusOn(contract, today),
      startDate: contract.startDate,
      endDate: contract.endDate,
      withdrawnAt: contract.withdrawnAt,
      gsrn: contract.meteringPoint.gsrn,
    })),
    meteringPoints: suppliedPoints(customer.supplyPeriods).map(({ point, supplied }) => ({
      id: point.id,
      gsrn: point.gsrn,
      meterNumber: point.meterNumber,
      address: `${point.street}, ${point.postalCode} ${placeName(point.city)}`,
      priceArea: point.priceArea,
      gridCompany: point.gridCompany,
      supplied,
      kwhLast30Days: wholeKwh(sums.month.get(point.id)?.kwh),
      kwhLast365Days: wholeKwh(sums.year.get(point.id)?.kwh),
      lastReadingAt: sums.year.get(point.id)?.last ?? null,
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
      type: request.type,
      status: request.status,
      receivedAt: request.receivedAt,
      dueAt: effectiveDueAt(request),
    })),
    inquiries: customer.inquiries,
    onboarding: application
      ? [
          {
            id: application.id,
            status: application.status,
            creditOutcome: application.creditOutcome,
            creditReview: application.reviewCase?.status ?? null,
            createdAt: application.createdAt,
          },
        ]
      : [],
    invoices: customer.invoices.map(staffInvoiceRow),
  };
}

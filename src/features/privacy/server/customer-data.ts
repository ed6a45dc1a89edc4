import "server-only";
import {
  hoursWithinSupply,
  norgesprisWithinSupply,
  type SupplyWindow,
  supplyWindowsOf,
  withinSupply,
} from "@/features/consumption/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
// Everything held about one customer, read through the privacy register's column map: the access
// copy (Art. 15) and the erasure preview walk the same map, so a column added to the map is in the
// copy without anyone remembering it, and a model added to the map does not compile until it says
// how a customer's rows are found (CUSTOMER_SCOPES).
import type { DataFieldId } from "../domain/register";
import { SUMMARISED_ACTION } from "./api-call-summary";
import { PERSONAL_DATA_COLUMNS, type PersonalDataModel } from "./personal-data-columns";
import { exportedColumns, isWithheld } from "./withheld-columns";

export interface Owner {
  customerId: string;
  /** The customer's login, if they have one. */
  userId: string | null;
  /** The customer's own supply periods: their readings are those inside them, not a whole meter's. */
  supplyWindows: readonly SupplyWindow[];
  /** Their email: staff register what they wrote without a login under it (Inquiry.requesterEmail). */
  email: string | null;
  /** Their national ID's blind index: an activation letter is found by it (none once erased). */
  nationalIdHash: string | null;
}

type Where = Record<string, unknown>;

/** How one customer's rows of a model are found, and the key that orders and pages them. */
export type CustomerScope =
  | { where: (owner: Owner) => Where; key: readonly string[] }
  | { notLinkable: string };

const NO_USER = "00000000-0000-0000-0000-000000000000";
const byUser = (owner: Owner): Where => ({ userId: owner.userId ?? NO_USER });

export const CUSTOMER_SCOPES: Record<PersonalDataModel, CustomerScope> = {
  User: { where: (o) => ({ id: o.userId ?? NO_USER }), key: ["id"] },
  AuthSession: { where: byUser, key: ["id"] },
  PasswordResetToken: { where: byUser, key: ["id"] },
  // A code for a login email change, or one mailed while they applied to become a customer.
  EmailVerification: {
    where: (o) => ({ OR: [byUser(o), { application: { customerId: o.customerId } }] }),
    key: ["id"],
  },
  TotpCredential: { where: byUser, key: ["userId"] },
  RecoveryCode: { where: byUser, key: ["id"] },
  RateLimitBucket: {
    notLinkable:
      "Tellerne er lagret under en nøklet hash av IP-adressen eller e-postadressen, og kan ikke knyttes tilbake til deg. De slettes når tidsvinduet er ute.",
  },
  Customer: { where: (o) => ({ id: o.customerId }), key: ["id"] },
  MeteringPoint: {
    where: (o) => ({
      OR: [{ customerId: o.customerId }, { supplyPeriods: { some: { customerId: o.customerId } } }],
    }),
    key: ["id"],
  },
  Contract: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  SupplyPeriod: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  NorgesprisPeriod: { where: (o) => norgesprisWithinSupply(o.supplyWindows), key: ["id"] },
  ConsumptionReadingRevision: { where: (o) => withinSupply(o.supplyWindows), key: ["id"] },
  ConsumptionReading: {
    where: (o) => withinSupply(o.supplyWindows),
    key: ["meteringPointId", "intervalStart"],
  },
  ConsumptionHour: {
    where: (o) => hoursWithinSupply(o.supplyWindows),
    key: ["meteringPointId", "hourStart"],
  },
  MonthCost: { where: (o) => ({ customerId: o.customerId }), key: ["meteringPointId", "month"] },
  Inquiry: { where: (o) => inquiriesOf(o.customerId, o.email), key: ["id"] },
  InquiryMessage: { where: (o) => ({ inquiry: inquiriesOf(o.customerId, o.email) }), key: ["id"] },
  Notice: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  ConsentRecord: {
    where: (o) => ({ OR: [{ customerId: o.customerId }, { userId: o.userId ?? NO_USER }] }),
    key: ["id"],
  },
  PrivacyRequest: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  PrivacyRequestEvent: { where: (o) => ({ request: { customerId: o.customerId } }), key: ["id"] },
  OnboardingApplication: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  CreditReviewCase: { where: (o) => ({ application: { customerId: o.customerId } }), key: ["id"] },
  ActivationLetter: {
    where: (o) => (o.nationalIdHash ? { nationalIdHash: o.nationalIdHash } : { id: NO_USER }),
    key: ["id"],
  },
  Invoice: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  InvoiceLine: { where: (o) => ({ invoice: { customerId: o.customerId } }), key: ["id"] },
  Reminder: { where: (o) => ({ invoice: { customerId: o.customerId } }), key: ["id"] },
  // Payments matched to their invoices; one no one could match is in the staff queue, nobody's yet.
  Payment: { where: (o) => ({ invoice: { customerId: o.customerId } }), key: ["id"] },
  BillingItem: { where: (o) => ({ contract: { customerId: o.customerId } }), key: ["id"] },
  // API calls are summarised per token instead (api-call-summary.ts).
  AuditLog: {
    where: (o) => ({ subjectCustomerId: o.customerId, NOT: { action: SUMMARISED_ACTION } }),
    key: ["id"],
  },
  PushSubscription: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
  NotificationPreference: { where: (o) => ({ customerId: o.customerId }), key: ["customerId"] },
  ApiToken: { where: (o) => ({ customerId: o.customerId }), key: ["id"] },
};

export type Row = Record<string, unknown>;

const PAGE_SIZE = 5000;

interface ModelDelegate {
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
}

/** The Prisma delegate of a model (db.customer for "Customer"), on the client or transaction given. */
function delegateOf(client: Prisma.TransactionClient, model: PersonalDataModel): ModelDelegate {
  const name = `${model.charAt(0).toLowerCase()}${model.slice(1)}`;
  const found = (client as unknown as Record<string, ModelDelegate | undefined>)[name];
  if (!found) throw new Error(`no Prisma delegate for ${model}`);
  return found;
}

/** Rows strictly after `last` in key order (lexicographic over a compound key). */
function after(key: readonly string[], last: Row): Where {
  return {
    OR: key.map((column, i) => ({
      ...Object.fromEntries(key.slice(0, i).map((k) => [k, last[k]])),
      [column]: { gt: last[column] },
    })),
  };
}

/**
 * One customer's rows of a model, with the given columns, in pages of bounded size: memory stays
 * flat however long the consumption history is.
 */
export async function* customerRows(
  model: PersonalDataModel,
  columns: readonly string[],
  owner: Owner,
  client: Prisma.TransactionClient = db,
): AsyncGenerator<Row> {
  const scope = CUSTOMER_SCOPES[model];
  if ("notLinkable" in scope) return;
  const select = Object.fromEntries([...new Set([...columns, ...scope.key])].map((c) => [c, true]));
  const orderBy = scope.key.map((k) => ({ [k]: "asc" }));
  const target = delegateOf(client, model);
  let last: Row | undefined;
  for (;;) {
    const where = last ? { AND: [scope.where(owner), after(scope.key, last)] } : scope.where(owner);
    const page = await target.findMany({ where, select, orderBy, take: PAGE_SIZE });
    for (const row of page) {
      const out: Row = {};
      for (const column of columns) out[column] = row[column];
      yield out;
    }
    if (page.length < PAGE_SIZE) return;
    last = page[page.length - 1];
  }
}

/** How many rows of a model belong to the customer (0 for tables that cannot be linked to anyone). */
export async function countCustomerRows(
  model: PersonalDataModel,
  owner: Owner,
  client: Prisma.TransactionClient = db,
): Promise<number> {
  const scope = CUSTOMER_SCOPES[model];
  if ("notLinkable" in scope) return 0;
  return delegateOf(client, model).count({ where: scope.where(owner) });
}

/** The places (model and exported columns) that hold a data field. */
export function placesOf(field: DataFieldId) {
  return PERSONAL_DATA_COLUMNS[field].map((place) => ({
    model: place.model,
    columns: exportedColumns(place.model, place.fields),
    withheld: place.fields.filter((c) => isWithheld(place.model, c)),
  }));
}

/** The customer's ids; null for an unknown customer. */
export async function ownerOf(customerId: string): Promise<Owner | null> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { id: true, email: true, nationalIdHash: true, user: { select: { id: true } } },
  });
  return customer
    ? {
        customerId: customer.id,
        userId: customer.user?.id ?? null,
        supplyWindows: await supplyWindowsOf(db, customer.id),
        email: customer.email,
        nationalIdHash: customer.nationalIdHash,
      }
    : null;
}

/**
 * A customer's inquiries: those written on Min side, and those staff registered from their email
 * address when they wrote without logging in (a former customer whose login is gone, say).
 */
export function inquiriesOf(customerId: string, email: string | null) {
  return {
    OR: [
      { customerId },
      ...(email
        ? [{ customerId: null, requesterEmail: { equals: email, mode: "insensitive" as const } }]
        : []),
    ],
  } satisfies Prisma.InquiryWhereInput;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { accessReason } from "@/features/customers";
import { viewCustomer } from "@/features/customers/server";
import { requireStaff } from "@/features/sign-in/routes";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { isUuid } from "@/platform/identifiers/uuid";
import { InquiriesSection, OnboardingSection, PrivacyRequestsSection } from "./case-sections";
import { ConsentSection, ContactSection, CustomerHeader, RestrictionSection } from "./identity-sections";
import { InvoicesSection } from "./invoice-section";
import { ReasonFirst } from "./reason-first";
import { ContractsSection, MeteringPointsSection } from "./supply-sections";

export const metadata: Metadata = { title: "Kunde" };

/**
 * One customer for customer service. Nothing about the customer shows until the staff member has
 * said why they need it; the view is then audited with that reason.
 */
export default async function CustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const reason = accessReason((await searchParams).grunn);
  // A link from another site asks for the reason again rather than writing the look for the staff member.
  if (!reason || !(await requestedFromOwnSite())) return <ReasonFirst customerId={id} />;
  const customer = await viewCustomer(staff, id, reason);
  if (!customer) notFound();

  return (
    <div className="space-y-6">
      <CustomerHeader customer={customer} reason={reason} />
      <ContactSection customer={customer} reason={reason} />
      <ContractsSection contracts={customer.contracts} />
      <MeteringPointsSection points={customer.meteringPoints} />
      <InvoicesSection invoices={customer.invoices} />
      <ConsentSection consent={customer.consent} />
      <RestrictionSection customer={customer} />
      <PrivacyRequestsSection requests={customer.privacyRequests} customerNumber={customer.customerNumber} />
      <InquiriesSection inquiries={customer.inquiries} />
      <OnboardingSection applications={customer.onboarding} />
    </div>
  );
}

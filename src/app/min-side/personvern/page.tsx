import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { STAFF_VIEWS_SHOWN } from "@/features/privacy";
import {
  erasurePreview,
  getPrivacyChoices,
  latestStaffViews,
  listOwnPrivacyRequests,
} from "@/features/privacy/server";
import { getCustomerProfile } from "@/features/profile/server";
import { requireCustomer } from "@/features/sign-in/routes";
import { stepUpNeeded } from "@/features/sign-in/server";
import { StepUpCard } from "@/features/sign-in/ui";
import { ObjectionCard, RestrictionCard } from "./choice-cards";
import { AccessCard, PortabilityCard } from "./copy-cards";
import { ErasureCard } from "./erasure-card";
import { RectificationCard } from "./rectification-card";
import { RequestsCard } from "./requests-card";

export const metadata: Metadata = { title: "Personvern" };

const PAGE = "/min-side/personvern";

export default async function PrivacyPage() {
  const session = await requireCustomer(PAGE);
  const [profile, choices, requests, staffViews, preview] = await Promise.all([
    getCustomerProfile(session.customerId),
    getPrivacyChoices(session.customerId),
    listOwnPrivacyRequests(session.customerId),
    latestStaffViews(session, STAFF_VIEWS_SHOWN),
    erasurePreview(session.customerId),
  ]);
  if (!profile || !choices || !preview) notFound();

  return (
    <div className="flex flex-col gap-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">Personvern</h1>
        <p className="max-w-3xl text-slate-700">
          Her bruker du personvernrettighetene dine selv. Det du ber oss om, følger du under «Forespørslene
          dine» fram til svaret. Vi svarer innen én måned. Les mer i{" "}
          <Link href="/personvern" className="text-brand-700 underline">
            personvernerklæringen
          </Link>
          .
        </p>
      </header>
      {stepUpNeeded(session) && (
        <StepUpCard
          doing="laster ned opplysningene dine, endrer e-postadresse eller telefonnummer eller sletter opplysningene dine"
          returnTo={PAGE}
        />
      )}
      <RequestsCard requests={requests} />
      <AccessCard staffViews={staffViews} />
      <PortabilityCard />
      <RectificationCard email={profile.email} phone={profile.phone} />
      <RestrictionCard restrictedAt={choices.restrictedAt} />
      <ObjectionCard choices={choices} />
      <ErasureCard preview={preview} />
    </div>
  );
}

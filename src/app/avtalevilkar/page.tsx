import type { Metadata } from "next";
import { connection } from "next/server";
import { latestTermsVersion, termsVersionOn } from "@/features/terms";
import { osloDate } from "@/platform/time/oslo-calendar";
import { TermsPage } from "./terms-page";

export const metadata: Metadata = {
  title: "Avtalevilkår",
  description: "Vilkårene for strømavtalen med Klarkraft, prisvilkårene for produktene og angrerett.",
};

/** The terms in force today (public): the version new contracts are made on. */
export default async function CurrentTermsPage() {
  await connection();
  const today = osloDate(new Date());
  return <TermsPage version={termsVersionOn(today) ?? latestTermsVersion()} today={today} />;
}

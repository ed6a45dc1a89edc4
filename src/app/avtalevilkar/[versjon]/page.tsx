import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findTermsVersion } from "@/features/terms";
import { osloDate } from "@/platform/time/oslo-calendar";
import { TermsPage } from "../terms-page";

export const metadata: Metadata = { title: "Avtalevilkår" };

/** One version of the terms by its id, current or older (public); an unknown id is 404. */
export default async function TermsVersionPage({ params }: { params: Promise<{ versjon: string }> }) {
  await connection();
  const version = findTermsVersion((await params).versjon);
  if (!version) notFound();
  return <TermsPage version={version} today={osloDate(new Date())} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { durationText, RESET_LINK_VALID_MINUTES } from "@/domain/security-limits";
import { ResetRequestForm } from "./request-form";

export const metadata: Metadata = { title: "Glemt passord" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Glemt passord</h1>
      <p>
        Skriv inn e-postadressen din, så sender vi deg en lenke der du kan lage et nytt passord. Lenken virker
        i {durationText(RESET_LINK_VALID_MINUTES)}.
      </p>
      <Card as="div">
        <ResetRequestForm />
      </Card>
      <p>
        <Link href="/logg-inn" className="font-medium text-brand-700 underline hover:text-brand-900">
          Tilbake til innlogging
        </Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ResetRequestForm } from "@/app/glemt-passord/request-form";
import { durationText, RESET_LINK_VALID_MINUTES } from "@/features/sign-in";
import { Card } from "@/ui/card";

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

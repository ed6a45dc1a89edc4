import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/app/glemt-passord/ny/new-password-form";
import { durationText, RESET_LINK_VALID_MINUTES, ZResetToken } from "@/features/sign-in";
import { isResetTokenUsable } from "@/features/sign-in/server";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Lag nytt passord" };

export default async function NewPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const valid = ZResetToken.safeParse(token);
  const usable = valid.success && (await isResetTokenUsable(valid.data));

  if (!valid.success || !usable) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-6">
        <h1 className="text-3xl font-bold text-slate-900">Lenken kan ikke brukes</h1>
        <p>
          Lenken for å lage nytt passord er ugyldig, utløpt eller allerede brukt. En lenke virker i{" "}
          {durationText(RESET_LINK_VALID_MINUTES)} og bare én gang. Når du har laget nytt passord, slutter
          også de andre lenkene vi har sendt deg å virke.
        </p>
        <p>
          <Link href="/glemt-passord" className="font-medium text-brand-700 underline hover:text-brand-900">
            Be om en ny lenke
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Lag nytt passord</h1>
      <p>Når du har lagret det nye passordet, blir du logget ut overalt og kan logge inn med det nye.</p>
      <Card as="div">
        <NewPasswordForm token={valid.data} />
      </Card>
    </div>
  );
}

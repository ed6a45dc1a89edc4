import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/app/logg-inn/login-form";
import { secondFactorPath } from "@/features/second-factor";
import { homePathFor, safeReturnPath } from "@/features/sign-in";
import { getSession } from "@/features/sign-in/routes";
import { Card } from "@/ui/card";
import { loginNotice } from "./notices";

export const metadata: Metadata = { title: "Logg inn" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tilbake, melding } = await searchParams;
  const returnTo = safeReturnPath(tilbake);
  const session = await getSession();
  if (session?.pendingSecondFactor) redirect(secondFactorPath(session.pendingSecondFactor, returnTo));
  if (session) redirect(returnTo ?? homePathFor(session.role));
  const notice = loginNotice(melding);

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Logg inn på Min side</h1>
      {notice && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      <Card as="div">
        <LoginForm returnTo={returnTo} />
        <p className="mt-5">
          <Link href="/glemt-passord" className="font-medium text-brand-700 underline hover:text-brand-900">
            Glemt passord?
          </Link>
        </p>
      </Card>
    </div>
  );
}

// Where BankID's callback hands over a person starting "Bli kunde": the identified national ID comes
// in a sealed one-minute cookie (never in the URL), and becomes their application, new or resumed.
import type { NextRequest } from "next/server";
import { beginIdentifiedApplication, setResumeToken } from "@/features/onboarding/server";
import { takeIdentifiedPerson } from "@/features/sign-in/routes";
import { clientIpFrom } from "@/features/sign-in/server";

const OUTCOME_NOTICE = new Map([
  ["customer", "allerede-kunde"],
  ["minor", "mindrearig"],
  ["too-many", "for-mange"],
]);

/** A relative redirect: the browser stays on the host it came to (a NextURL turns 127.0.0.1 into localhost). */
const backToFlow = (query?: Record<string, string>) =>
  new Response(null, {
    status: 303,
    headers: { location: query ? `/bli-kunde?${new URLSearchParams(query)}` : "/bli-kunde" },
  });

export async function GET(request: NextRequest): Promise<Response> {
  const person = await takeIdentifiedPerson();
  if (!person) return backToFlow({ bankid: "no-intent" });
  const start = await beginIdentifiedApplication(
    {
      nationalId: person.nationalId,
      searchName: person.searchName,
      method: "BANKID",
      consentedAt: person.consentedAt,
    },
    { ip: clientIpFrom(request.headers) },
  );
  if (start.kind !== "application") return backToFlow({ melding: OUTCOME_NOTICE.get(start.kind) ?? "" });
  await setResumeToken(start.resumeToken);
  return backToFlow();
}

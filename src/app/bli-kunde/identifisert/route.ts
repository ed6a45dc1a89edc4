// Where BankID's callback hands over a person starting "Bli kunde": the identified national ID comes
// in a sealed one-minute cookie (never in the URL), and becomes their application, new or resumed.
import { type NextRequest, NextResponse } from "next/server";
import { beginIdentifiedApplication, setResumeToken } from "@/features/onboarding/server";
import { takeIdentifiedPerson } from "@/features/sign-in/routes";
import { clientIpFrom } from "@/features/sign-in/server";

const OUTCOME_NOTICE = new Map([
  ["customer", "allerede-kunde"],
  ["minor", "mindrearig"],
  ["too-many", "for-mange"],
]);

export async function GET(request: NextRequest): Promise<Response> {
  const flow = new URL("/bli-kunde", request.nextUrl);
  const person = await takeIdentifiedPerson();
  if (!person) {
    flow.searchParams.set("bankid", "no-intent");
    return NextResponse.redirect(flow, 303);
  }
  const start = await beginIdentifiedApplication(
    {
      nationalId: person.nationalId,
      searchName: person.searchName,
      method: "BANKID",
      consentedAt: person.consentedAt,
    },
    { ip: clientIpFrom(request.headers) },
  );
  if (start.kind === "application") await setResumeToken(start.resumeToken);
  else flow.searchParams.set("melding", OUTCOME_NOTICE.get(start.kind) ?? "");
  return NextResponse.redirect(flow, 303);
}

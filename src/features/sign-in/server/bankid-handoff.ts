import "server-only";
// After BankID has identified someone who is starting "Bli kunde", the callback hands the identified
// national ID to the onboarding route through a sealed (encrypted, authenticated) cookie that lives a
// minute: the sign-in feature does not create applications, and the number never appears in a URL.
import { cookies } from "next/headers";
import { z } from "zod";
import { openText, sealText } from "@/platform/crypto/sealed-text";
import { env } from "@/platform/env";
import { MINUTE_MS } from "@/platform/time/durations";

const HANDOFF_COOKIE = "klarkraft-identifisert";
const HANDOFF_LIFETIME_MS = MINUTE_MS;
export const IDENTIFIED_PATH = "/bli-kunde/identifisert";

const ZHandoff = z.strictObject({
  nationalId: z.string().regex(/^\d{11}$/),
  searchName: z.strictObject({ firstName: z.string().max(200), lastName: z.string().max(200) }),
  consentedAt: z.number().int(),
  identifiedAt: z.number().int(),
});
export type IdentifiedPerson = {
  nationalId: string;
  /** BankID's name for the person: only the key Folkeregisteret's search wants beside the number. */
  searchName: { firstName: string; lastName: string };
  consentedAt: Date;
  identifiedAt: Date;
};

function sealingKey() {
  // The session secret's key space, bound to this purpose by the associated data.
  const key = Buffer.from(env().NATIONAL_ID_ENCRYPTION_KEY, "base64");
  return { key, associatedData: Buffer.from("minside:bankid-handoff:v1") };
}

export async function handOverIdentifiedPerson(person: IdentifiedPerson): Promise<void> {
  const payload = JSON.stringify({
    nationalId: person.nationalId,
    searchName: person.searchName,
    consentedAt: person.consentedAt.getTime(),
    identifiedAt: person.identifiedAt.getTime(),
  });
  (await cookies()).set(HANDOFF_COOKIE, sealText(payload, sealingKey()), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: IDENTIFIED_PATH,
    maxAge: HANDOFF_LIFETIME_MS / 1000,
  });
}

/** The person BankID identified for this browser a moment ago, once; null when absent, altered or stale. */
export async function takeIdentifiedPerson(now: Date = new Date()): Promise<IdentifiedPerson | null> {
  const jar = await cookies();
  const raw = jar.get(HANDOFF_COOKIE)?.value;
  if (raw === undefined) return null;
  jar.delete({ name: HANDOFF_COOKIE, path: IDENTIFIED_PATH });
  try {
    const parsed = ZHandoff.parse(JSON.parse(openText(raw, sealingKey())));
    if (now.getTime() - parsed.identifiedAt >= HANDOFF_LIFETIME_MS) return null;
    return {
      nationalId: parsed.nationalId,
      searchName: parsed.searchName,
      consentedAt: new Date(parsed.consentedAt),
      identifiedAt: new Date(parsed.identifiedAt),
    };
  } catch {
    return null;
  }
}

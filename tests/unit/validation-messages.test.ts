// Every message a zod schema gives is one a person may read (formAction shows them beside the fields),
// so none may be English. The server loads src/instrumentation.ts before it answers anything: what
// it configures is what these schemas run under.
import "@/instrumentation";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZRegisterPrivacyRequest } from "@/features/privacy";
import { ZSecondFactorSignIn } from "@/features/second-factor";
import * as newPassword from "@/features/sign-in/server/new-password";

/** zod's English and its generic Norwegian locale's half-English ("Ugyldig input: forventet string"). */
const NOT_NORWEGIAN =
  /\b(Invalid|expected|received|Too (big|small)|Required|Unrecognized|must|input|string|number|undefined|null|instanceof|NaN)\b/i;

const FEATURES = path.resolve(import.meta.dirname, "../../src/features");

/** The public domain entry of every feature: each exports the schemas its forms and routes parse. */
async function featureEntries(): Promise<[string, Record<string, unknown>][]> {
  const names = fs
    .readdirSync(FEATURES)
    .filter((name) => fs.existsSync(path.join(FEATURES, name, "index.ts")));
  return Promise.all(
    names.map(
      async (name) =>
        [name, (await import(/* @vite-ignore */ `@/features/${name}`)) as Record<string, unknown>] as const,
    ),
  ).then((entries) => entries.map(([name, entry]) => [name, entry]));
}

function schemasIn(label: string, exports: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(exports).flatMap(([name, value]): [string, z.ZodType][] => {
    if (value instanceof z.ZodType) return [[`${label}.${name}`, value]];
    return [];
  });
}

const TOO_LONG = "x".repeat(10_001);
/** What a hand-made request can send in place of any one value. */
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  42,
  -1,
  1.5,
  1e15,
  true,
  "",
  " ",
  TOO_LONG,
  "ukjent-verdi",
  "__proto__",
  "2026-13-45",
  [],
  {},
];

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Bad inputs for one schema: bad values for it, and objects with one field bad and the rest missing. */
function badInputs(schema: z.ZodType, depth = 0): unknown[] {
  const def = defOf(schema);
  const inputs = [...BAD_VALUES];
  if (depth > 3) return inputs;
  const inner = (key: string) => badInputs(def[key] as z.ZodType, depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      for (const [key, field] of Object.entries(shape)) {
        for (const value of badInputs(field, depth + 1)) inputs.push({ [key]: value });
      }
      break;
    }
    case "union": {
      const discriminator = def.discriminator as string | undefined;
      if (discriminator) inputs.push({ [discriminator]: "ukjent-verdi" }, { [discriminator]: 7 });
      for (const option of def.options as z.ZodType[]) inputs.push(...badInputs(option, depth + 1));
      break;
    }
    case "array":
      inputs.push(...inner("element").map((value) => [value]), new Array(1_000).fill("x"));
      break;
    case "pipe":
      inputs.push(...inner("in"), ...inner("out"));
      break;
    case "intersection":
      inputs.push(...inner("left"), ...inner("right"));
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      inputs.push(...inner("innerType"));
      break;
  }
  return inputs;
}

/** Every message of the issues, those inside a union's branches too. */
function messagesOf(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => [
    issue.message,
    ...(issue.code === "invalid_union" ? issue.errors.flatMap((branch) => messagesOf(branch)) : []),
  ]);
}

async function issueMessages(schema: z.ZodType, input: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(input);
  return result.success ? [] : messagesOf(result.error.issues);
}

describe("validation messages are Norwegian", () => {
  it("no schema of a feature's domain, nor the new-password forms', gives an English message", {
    timeout: 30_000,
  }, async () => {
    const schemas = [
      ...(await featureEntries()).flatMap(([name, entry]) => schemasIn(name, entry)),
      ...schemasIn("sign-in/server", newPassword),
    ];
    const english = new Map<string, Set<string>>();
    let checked = 0;
    for (const [name, schema] of schemas) {
      for (const input of badInputs(schema)) {
        for (const message of await issueMessages(schema, input)) {
          checked++;
          if (NOT_NORWEGIAN.test(message))
            english.set(message, (english.get(message) ?? new Set()).add(name));
        }
      }
    }
    // The walk reached the schemas: a rename of the entries cannot leave this test checking nothing.
    expect(schemas.length).toBeGreaterThan(40);
    expect(checked).toBeGreaterThan(1_000);
    expect(
      Object.fromEntries([...english].map(([message, names]) => [message, [...names].slice(0, 3)])),
    ).toEqual({});
  });

  it.each([
    ["a missing field", z.object({ name: z.string() }), {}, "Dette feltet må fylles ut."],
    ["a number for text", z.object({ name: z.string() }), { name: 42 }, "Ugyldig verdi."],
    ["too long text", z.string().max(5), "sekssss", "Skriv høyst 5 tegn."],
    ["an empty field", z.string().min(1), "", "Dette feltet må fylles ut."],
    ["too short text", z.string().min(3), "ab", "Skriv minst 3 tegn."],
    ["an unknown choice", z.enum(["a", "b"]), "c", "Velg et av alternativene."],
    [
      "an unknown discriminator",
      z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b") })]),
      { kind: "c" },
      "Velg et av alternativene.",
    ],
    [
      "a bad email",
      z.email(),
      "ikke-en-adresse",
      "Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.",
    ],
    ["a bad id", z.uuid(), "123", "Ugyldig id. Last siden på nytt og prøv igjen."],
    ["a number too big", z.number().max(10), 11, "Tallet kan være høyst 10."],
    [
      "an unknown field",
      z.strictObject({}),
      { extra: 1 },
      "Skjemaet har et felt vi ikke kjenner. Last siden på nytt og prøv igjen.",
    ],
  ])("words %s plainly", async (_what, schema, input, expected) => {
    expect(await issueMessages(schema as z.ZodType, input)).toEqual([expected]);
  });

  it("says which choice is missing where zod would list a discriminator's values", () => {
    const parsed = ZRegisterPrivacyRequest.safeParse({ email: "per@eksempel.no", details: "Innsyn" });
    expect(z.flattenError(parsed.error as z.ZodError).fieldErrors).toMatchObject({
      requester: ["Velg hvem som spør: en kunde eller noen som ikke er kunde."],
    });
  });

  it("drops a hidden return path too long to be one, instead of a message the user cannot act on", () => {
    const parsed = ZSecondFactorSignIn.safeParse({ code: "123456", tilbake: `/${"a".repeat(600)}` });
    expect(parsed.success && parsed.data.tilbake).toBeUndefined();
  });
});

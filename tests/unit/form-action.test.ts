import { notFound, redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FORM_UNAVAILABLE, formAction, NUL_IN_TEXT, publicAccess } from "@/platform/form-action";
import { captureLog } from "../support/log-lines";

const ZSignUp = z.object({
  email: z.email("Skriv en gyldig e-postadresse."),
  password: z.string().min(12, "Minst 12 tegn."),
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

type SignUpResult = { ok: true; id: string } | { ok: false; reason: "taken" | "closed" };

function signUpAction(run: () => Promise<SignUpResult>, guard: () => Promise<unknown> = publicAccess) {
  return formAction({
    event: "sign-up",
    guard,
    schema: ZSignUp,
    echo: { email: 20 },
    run,
    failures: {
      taken: { field: "email", message: "Adressen er i bruk.", formError: "Ikke registrert." },
      closed: "Registreringen er stengt.",
    },
    done: (result) => ({ ok: true, message: `Velkommen, ${result.id}` }),
  });
}

const valid = { email: "kari@example.com", password: "en lang nok setning" };

afterEach(() => vi.restoreAllMocks());

describe("formAction", () => {
  it("runs the service with the parsed input and shows the success message", async () => {
    const run = vi.fn(async () => ({ ok: true as const, id: "42" }));
    const state = await signUpAction(run)(null, form(valid));
    expect(state).toEqual({ ok: true, message: "Velkommen, 42" });
    expect(run).toHaveBeenCalledWith(valid, null);
  });

  it("answers invalid input with field errors, echoes only the listed fields, capped, and never calls the service", async () => {
    const run = vi.fn();
    const state = await signUpAction(run)(null, form({ email: `${"x".repeat(30)}@`, password: "kort" }));
    expect(state).toEqual({
      ok: false,
      fieldErrors: { email: ["Skriv en gyldig e-postadresse."], password: ["Minst 12 tegn."] },
      formError: "Sjekk feltene som er markert.",
      values: { email: "x".repeat(20) },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("maps each typed failure to its field or form message", async () => {
    const taken = await signUpAction(async () => ({ ok: false, reason: "taken" }))(null, form(valid));
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Adressen er i bruk."] },
      formError: "Ikke registrert.",
      values: { email: "kari@example.com" },
    });
    const closed = await signUpAction(async () => ({ ok: false, reason: "closed" }))(null, form(valid));
    expect(closed).toMatchObject({ ok: false, fieldErrors: {}, formError: "Registreringen er stengt." });
  });

  it("turns an unexpected error into a generic message, keeps what was typed, and logs no value the user typed", async () => {
    const log = captureLog();
    const failure = Object.assign(new Error("duplicate key value (email)=(kari@example.com)"), {
      code: "P2002",
    });
    const state = await signUpAction(async () => {
      throw failure;
    })(null, form(valid));
    expect(state).toEqual({
      ok: false,
      fieldErrors: {},
      formError: FORM_UNAVAILABLE,
      values: { email: "kari@example.com" },
    });
    expect(log.lines()).toMatchObject([
      { level: "error", event: "action.sign-up", error: { name: "Error", code: "P2002" } },
    ]);
    expect(log.text()).not.toContain("kari");
  });

  it("lets the guard's notFound() and a redirect after success reach Next.js", async () => {
    const run = vi.fn();
    const blocked = signUpAction(run, async () => notFound());
    await expect(blocked(null, form(valid))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    expect(run).not.toHaveBeenCalled();

    const redirecting = formAction({
      event: "go",
      guard: publicAccess,
      schema: z.object({}),
      run: async () => ({ ok: true as const }),
      failures: {},
      done: () => redirect("/min-side"),
    });
    await expect(redirecting(null, form({}))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });

  it("sends the user to another page for a failure that is shown there (an expired link)", async () => {
    const expired = formAction({
      event: "reset",
      guard: publicAccess,
      schema: z.object({}),
      run: async () => ({ ok: false as const, reason: "invalid-token" as const }),
      failures: { "invalid-token": { redirectTo: "/glemt-passord/ny" } },
      done: () => null,
    });
    await expect(expired(null, form({}))).rejects.toMatchObject({
      digest: expect.stringContaining("/glemt-passord/ny"),
    });
  });

  it("refuses a NUL character in any field with a Norwegian field message, after the guard and before the service", async () => {
    const run = vi.fn();
    const state = await signUpAction(run)(
      null,
      form({ email: "kari@exam\u0000ple.com", password: "en lang\u0000 nok" }),
    );
    expect(state).toEqual({
      ok: false,
      fieldErrors: { email: [NUL_IN_TEXT], password: [NUL_IN_TEXT] },
      formError: "Sjekk feltene som er markert.",
      values: { email: "kari@example.com" },
    });
    expect(run).not.toHaveBeenCalled();
    const blocked = signUpAction(run, async () => notFound());
    await expect(blocked(null, form({ email: "\u0000" }))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
  });

  it("rejects a request body that is not form data with the generic form error", async () => {
    const run = vi.fn();
    const state = await signUpAction(run)(null, [null, {}] as unknown as FormData);
    expect(state).toMatchObject({ ok: false, formError: expect.stringContaining("Skjemaet kom ikke fram") });
    expect(run).not.toHaveBeenCalled();
  });
});

import "server-only";
// The browser that started an application holds its resume token in a cookie: reload, back, or
// returning days later in the same browser goes on where the person left off. Essential (the
// service the person asked for), scoped to /bli-kunde, HttpOnly, and as long as the application lives.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/platform/env";
import { DAY_MS } from "@/platform/time/durations";
import { APPLICATION_EXPIRY_DAYS } from "../domain/limits";
import { type ApplicationView, findApplication } from "./find-application";

export const RESUME_COOKIE = "klarkraft-soknad";

export async function readResumeToken(): Promise<string | undefined> {
  return (await cookies()).get(RESUME_COOKIE)?.value;
}

export async function setResumeToken(token: string): Promise<void> {
  (await cookies()).set(RESUME_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_ENV === "production",
    path: "/bli-kunde",
    maxAge: (APPLICATION_EXPIRY_DAYS * DAY_MS) / 1000,
  });
}

export async function clearResumeToken(): Promise<void> {
  (await cookies()).delete({ name: RESUME_COOKIE, path: "/bli-kunde" });
}

export async function currentApplication(): Promise<ApplicationView | null> {
  return findApplication(await readResumeToken());
}

/** Guard of every step's action: the application of this browser, or back to the start. */
export async function requireApplication(): Promise<ApplicationView> {
  const application = await currentApplication();
  if (!application) redirect("/bli-kunde");
  return application;
}

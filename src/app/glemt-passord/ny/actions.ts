"use server";

import { redirect } from "next/navigation";
import { ZPasswordReset } from "@/domain/credentials";
import { type FormState, formValues, invalid } from "@/lib/form-state";
import { completePasswordReset } from "@/server/services/password-reset";

/** Without a token the page explains that the link is invalid, expired or used, and offers a new one. */
const INVALID_LINK_PAGE = "/glemt-passord/ny";

export async function setNewPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ZPasswordReset.safeParse(formValues(form));
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "token")) redirect(INVALID_LINK_PAGE);
    return invalid(parsed.error);
  }
  const result = await completePasswordReset({ token: parsed.data.token, password: parsed.data.password });
  if (!result.ok) redirect(INVALID_LINK_PAGE);
  redirect("/logg-inn?melding=passord-nullstilt");
}

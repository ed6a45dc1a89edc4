"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { ZNotificationChoices, ZSubscriptionEndpoint } from "@/features/notifications";
import {
  removeSubscription,
  saveSubscription,
  sendTestPush,
  subscriptionSchema,
  updateNotificationChoices,
} from "@/features/notifications/server";
import { deviceLabel } from "@/features/sign-in";
import { requireCustomer } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";
import { ZUuid } from "@/platform/identifiers/uuid";

const PROFILE_PATH = "/min-side/profil";
const RESTRICTED =
  "Du har begrenset behandlingen av opplysningene dine, så vi sender ingen varsler nå. Du kan oppheve begrensningen under Personvern.";

/** Called by the card after the browser has subscribed: the subscription it gave, as form fields. */
export const turnOnNotifications = formAction({
  event: "notifications.subscribe",
  guard: () => requireCustomer(PROFILE_PATH),
  // Lazy: which endpoints are allowed depends on APP_ENV, read at request time, never at build.
  schema: z.lazy(() => subscriptionSchema()),
  run: async (input, session) =>
    saveSubscription(session, input, deviceLabel((await headers()).get("user-agent"))),
  failures: {
    "too-many-devices":
      "Du har slått på varsler på for mange enheter. Fjern en enhet du ikke bruker fra listen, og prøv igjen.",
  },
  done: () => ({ ok: true, message: "Varsler er slått på for denne enheten." }),
});

/** "Slå av på denne enheten": the browser's own endpoint, after it has unsubscribed. */
export const turnOffNotifications = formAction({
  event: "notifications.unsubscribe",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZSubscriptionEndpoint,
  run: (input, session) => removeSubscription(session, { endpoint: input.endpoint }),
  failures: {},
  done: () => ({ ok: true, message: "Varsler er slått av for denne enheten." }),
});

export const removeDevice = formAction({
  event: "notifications.remove-device",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: z.object({ id: ZUuid }),
  run: (input, session) => removeSubscription(session, { id: input.id }),
  failures: {},
  done: () => {
    revalidatePath(PROFILE_PATH);
    return { ok: true, message: "Enheten får ikke lenger varsler." };
  },
});

export const saveNotificationChoices = formAction({
  event: "notifications.preferences",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZNotificationChoices,
  // The boxes too: the form is reset after a failed save, and must show what was ticked, not what is saved.
  echo: { priceAboveOre: 6, tomorrowPrices: 2, inquiryAnswer: 2, privacyCompleted: 2, invoiceIssued: 2 },
  run: (input, session) => updateNotificationChoices(session, input),
  failures: {},
  // The page is drawn again with what is saved: the form is reset to it after the save.
  done: () => {
    revalidatePath(PROFILE_PATH);
    return { ok: true, message: "Varselvalgene er lagret." };
  },
});

export const sendTestNotification = formAction({
  event: "notifications.test",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: z.object({}),
  run: (_input, session) => sendTestPush(session.customerId),
  failures: {
    restricted: RESTRICTED,
    "no-customer": "Vi fant ikke kundeforholdet ditt. Ta kontakt med kundeservice.",
    "no-devices": "Du har ikke slått på varsler på noen enhet ennå. Slå dem på først.",
    "not-delivered":
      "Testvarselet kom ikke fram til noen av enhetene dine. Prøv igjen om litt, eller slå varsler av og på igjen.",
  },
  done: (result) => ({
    ok: true,
    message:
      result.sent === 1
        ? "Testvarselet er sendt til 1 enhet."
        : `Testvarselet er sendt til ${result.sent} enheter.`,
  }),
});

// What one notification carries to the customer's devices: fixed Norwegian wording without personal
// data beyond what the customer chose, and the Min side page it opens.
import { z } from "zod";

export const PUSH_TITLE_MAX_LENGTH = 80;
export const PUSH_BODY_MAX_LENGTH = 240;
export const PUSH_TAG_MAX_LENGTH = 64;

/** The job that sends one notification to a customer's devices (payload: ZSendPushJob). */
export const SEND_PUSH_JOB = "send-push";

export interface PushMessage {
  title: string;
  body: string;
  /** A Min side path ("/min-side/forbruk"): where tapping the notification leads. */
  url: string;
  /** Same tag: a newer notification replaces the older one on the device. */
  tag?: string;
}

/** A path on this site under /min-side: never another origin, never a protocol-relative "//host". */
const ZMinSidePath = z
  .string()
  .max(300)
  .regex(/^\/min-side(?:[/?#][^\s\\]*)?$/, "Lenken må være en side på Min side.")
  .refine((path) => !path.startsWith("//"), "Lenken må være en side på Min side.");

export const ZPushMessage = z.strictObject({
  title: z.string().trim().min(1).max(PUSH_TITLE_MAX_LENGTH),
  body: z.string().trim().min(1).max(PUSH_BODY_MAX_LENGTH),
  url: ZMinSidePath,
  tag: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(PUSH_TAG_MAX_LENGTH)
    .optional(),
});

/** The JSON a service worker receives: exactly the message (parsed again there, see worker/). */
export function pushPayload(message: PushMessage): string {
  return JSON.stringify(ZPushMessage.parse(message));
}

/** A notification shown to the customer who pressed "Send en testvarsel" on Profil. */
export const TEST_PUSH_MESSAGE: PushMessage = {
  title: "Testvarsel fra Klarkraft",
  body: "Varsler virker på denne enheten.",
  url: "/min-side/profil",
  tag: "test",
};

import { z } from "zod";
import { ZUuid } from "@/platform/identifiers/uuid";
import { NOTIFICATION_KINDS } from "./kinds";
import { ZPushMessage } from "./push-message";

/** The payload of the send-push job: whom, which of their choices it answers to, and what it says. */
export const ZSendPushJob = z.strictObject({
  customerId: ZUuid,
  kind: z.enum(NOTIFICATION_KINDS),
  message: ZPushMessage,
});

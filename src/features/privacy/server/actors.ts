import "server-only";
import type { Role } from "@/generated/prisma/client";
import type { MailOptions } from "@/platform/mail/mailer";

// Who acts on a privacy request, and the options every request use case takes.

export interface RequestOptions {
  now?: Date;
  mail?: MailOptions;
}

export interface CustomerActor {
  userId: string;
  customerId: string;
}

export interface StaffActor {
  userId: string;
  role: Exclude<Role, "CUSTOMER">;
}

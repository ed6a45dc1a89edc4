import "server-only";
import type { StaffSession } from "@/features/sign-in/server";

/** The signed-in administrator a service acts for. */
export type Admin = Pick<StaffSession, "userId" | "role">;

export function assertAdmin(admin: Admin): void {
  // The pages and actions check this first; a service must not rely on them.
  if (admin.role !== "ADMIN") throw new Error("Only an administrator may do this");
}

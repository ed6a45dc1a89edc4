import type { ReactNode } from "react";
import { requireStaff } from "@/features/sign-in/routes";

// Staff pages show customer data: never prerender or cache one.
export const dynamic = "force-dynamic";

/** Keeps everyone without a staff role out before anything renders; pages and actions check again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireStaff();
  return children;
}

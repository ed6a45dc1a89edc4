// The arguments of `npm run staff:create`, checked with the same schema as the "Legg til ansatt" form.
import { parseArgs } from "node:util";
import { type TStaffCreate, ZStaffCreate } from "@/features/staff/domain/staff-accounts";

export const STAFF_CREATE_USAGE =
  'Usage: npm run staff:create -- --email <address> --name "<display name>" --role ADMIN|SUPPORT';

export type StaffCreateArgs = { ok: true; input: TStaffCreate } | { ok: false; errors: string[] };

export function parseStaffCreateArgs(argv: readonly string[]): StaffCreateArgs {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
  const parsed = ZStaffCreate.safeParse({
    email: values.email,
    displayName: values.name,
    role: values.role?.toUpperCase(),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const option = issue.path[0] === "displayName" ? "name" : String(issue.path[0]);
      return `--${option}: ${issue.message}`;
    }),
  };
}

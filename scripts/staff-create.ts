// npm run staff:create -- --email <address> --name "<display name>" --role ADMIN|SUPPORT
// Makes a staff account through the same service as /admin/ansatte (audited as SYSTEM) and prints
// its one-time set-password link instead of mailing it: for the first administrator of a fresh
// production database, where mail may not be set up yet.
import "./load-env";
import { RESET_LINK_VALID_MINUTES } from "@/features/sign-in/domain/security-limits";
import { createStaff } from "@/features/staff/server/staff-accounts";
import { migrateDatabase } from "@/platform/database/migrate";
import { databaseConnection } from "@/platform/db";
import { openOrExplain } from "./lib/command-database";
import { parseStaffCreateArgs, STAFF_CREATE_USAGE } from "./lib/staff-create-args";

const args = parseStaffCreateArgs(process.argv.slice(2));
if (!args.ok) {
  console.error([...args.errors, STAFF_CREATE_USAGE].join("\n"));
  process.exit(2);
}

const connection = openOrExplain(databaseConnection);
try {
  await migrateDatabase(connection);
  const created = await createStaff("SYSTEM", args.input, { deliver: "return" });
  if (!created.ok) {
    console.error("There is already an account with this email address. Nothing was created.");
    process.exitCode = 1;
  } else {
    console.log(`Created ${args.input.role} account ${args.input.email}.`);
    console.log(`Open this link to set the password (valid for ${RESET_LINK_VALID_MINUTES} minutes, once):`);
    console.log(created.setPasswordLink);
    console.log("The authenticator app is set up at the first sign-in.");
  }
} catch (error) {
  console.error("Creating the account failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection.close();
}
process.exit();

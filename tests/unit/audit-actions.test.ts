import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { ACCOUNT_ACTIONS } from "@/features/audit/domain/actions/account";
import { ACTIVATION_LETTER_ACTIONS } from "@/features/audit/domain/actions/activation-letter";
import { API_ACTIONS } from "@/features/audit/domain/actions/api";
import { BILLING_ACTIONS } from "@/features/audit/domain/actions/billing";
import { CUSTOMER_SERVICE_ACTIONS } from "@/features/audit/domain/actions/customer-service";
import { EMAIL_VERIFICATION_ACTIONS } from "@/features/audit/domain/actions/email-verification";
import { STAFF_INVOICE_ACTIONS } from "@/features/audit/domain/actions/invoices-staff";
import { JOB_ACTIONS } from "@/features/audit/domain/actions/jobs";
import { NOTIFICATION_ACTIONS } from "@/features/audit/domain/actions/notifications";
import { ONBOARDING_ACTIONS } from "@/features/audit/domain/actions/onboarding";
import { PAYMENT_ACTIONS } from "@/features/audit/domain/actions/payments";
import { PRIVACY_ACTIONS } from "@/features/audit/domain/actions/privacy";
import { AUDIT_ACTIONS, parseAuditMetadata } from "@/features/audit/domain/audit-actions";

const ROOT = path.resolve(import.meta.dirname, "../..");
const probeDir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-probe-"));
afterAll(() => fs.rmSync(probeDir, { recursive: true, force: true }));

const PROBES = {
  // The control: a call as the services write it compiles, so the failures below are the types at work.
  right: `await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "staff.reactivated", metadata: { targetRole: "ADMIN" } });
await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "auth.logout" });`,
  unknownAction: `await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "staff.renamed" });`,
  extraKey: `await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "staff.reactivated", metadata: { targetRole: "ADMIN", email: "x" } });`,
  wrongType: `await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "auth.logout.everywhere", metadata: { sessionsRevoked: "2" } });`,
  missingMetadata: `await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "staff.reactivated" });`,
  metadataOfAnother: `await writeAuditRows(db, [{ actorUserId: null, actorRole: "SYSTEM", action: "customer.view", metadata: { targetRole: "ADMIN" } }]);`,
  helperMetadata: `ownAccountEntry({ id: "u", role: "CUSTOMER", customerId: null }, "auth.password.changed", { sessionsRevokd: 1 });`,
};

/** Type-checks each probe as a module of this repository; returns the errors per probe. */
function compileProbes(): Record<keyof typeof PROBES, string[]> {
  const files = Object.entries(PROBES).map(([name, body]) => {
    const file = path.join(probeDir, `${name}.ts`);
    fs.writeFileSync(
      file,
      `import { ownAccountEntry, writeAudit, writeAuditRows } from "@/features/audit/server/audit";
declare const db: Parameters<typeof writeAudit>[0];
${body}
export {};
`,
    );
    return [name, file] as const;
  });
  const program = ts.createProgram(
    files.map(([, file]) => file),
    {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2023.d.ts"],
      paths: { "@/*": [path.join(ROOT, "src/*")] },
      types: [],
    },
  );
  return Object.fromEntries(
    files.map(([name, file]) => [
      name,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(file))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    ]),
  ) as Record<keyof typeof PROBES, string[]>;
}

describe("the typed audit vocabulary", () => {
  it("does not compile a write of an unknown action or of metadata that is not the action's", () => {
    const errors = compileProbes();
    expect(errors.right).toEqual([]);
    expect(errors.unknownAction.join()).toMatch(/"staff\.renamed"/);
    expect(errors.extraKey.join()).toMatch(/'email' does not exist/);
    expect(errors.wrongType.join()).toMatch(/'string' is not assignable to type 'number'/);
    expect(errors.missingMetadata.join()).toMatch(/'metadata' is missing/);
    expect(errors.metadataOfAnother).not.toEqual([]);
    expect(errors.helperMetadata.join()).toMatch(/'sessionsRevokd' does not exist/);
  }, 120_000);

  it("parses metadata by its action's schema before it is written", () => {
    expect(parseAuditMetadata("staff.reactivated", { targetRole: "ADMIN" })).toEqual({ targetRole: "ADMIN" });
    expect(parseAuditMetadata("auth.logout", undefined)).toBeUndefined();
    expect(() => parseAuditMetadata("staff.renamed", undefined)).toThrow(/Unknown audit action/);
    expect(() =>
      parseAuditMetadata("staff.reactivated", { targetRole: "ADMIN", email: "kari@example.com" }),
    ).toThrow(/unrecognized_keys/);
    expect(() => parseAuditMetadata("auth.logout.everywhere", { sessionsRevoked: -1 })).toThrow(
      /sessionsRevoked/,
    );
    expect(() => parseAuditMetadata("staff.reactivated", undefined)).toThrow(/metadata \(invalid_type\)/);
    expect(() => parseAuditMetadata("auth.logout", { extra: 1 })).toThrow();
    // The error names fields, never the values (which could be personal data).
    expect(() =>
      parseAuditMetadata("customer.view", { reason: "inquiry", shown: "kari@example.com" }),
    ).toThrow(/^(?!.*kari).*shown/);
  });

  it("keeps every area's actions: no area's action shadows another's of the same name", () => {
    const areas = [
      ACCOUNT_ACTIONS,
      ACTIVATION_LETTER_ACTIONS,
      BILLING_ACTIONS,
      CUSTOMER_SERVICE_ACTIONS,
      EMAIL_VERIFICATION_ACTIONS,
      JOB_ACTIONS,
      ONBOARDING_ACTIONS,
      PRIVACY_ACTIONS,
      STAFF_INVOICE_ACTIONS,
      PAYMENT_ACTIONS,
      API_ACTIONS,
      NOTIFICATION_ACTIONS,
    ];
    const written = areas.flatMap((area) => Object.keys(area));
    expect(AUDIT_ACTIONS).toHaveLength(written.length);
    expect([...AUDIT_ACTIONS]).toEqual([...written].sort());
  });
});

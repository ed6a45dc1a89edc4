import { describe, expect, it } from "vitest";
import { DISPLAY_NAME_MAX_LENGTH } from "@/features/staff/domain/staff-accounts";
import { parseStaffCreateArgs } from "../../scripts/lib/staff-create-args";

describe("npm run staff:create arguments", () => {
  it("takes an email, a name and a role, normalised like the form's", () => {
    expect(
      parseStaffCreateArgs([
        "--email",
        " Ada.Admin@Example.COM ",
        "--name",
        " Ada Admin ",
        "--role",
        "admin",
      ]),
    ).toEqual({
      ok: true,
      input: { email: "ada.admin@example.com", displayName: "Ada Admin", role: "ADMIN" },
    });
    expect(parseStaffCreateArgs(["--email=s@example.com", "--name=Siri", "--role=SUPPORT"])).toEqual({
      ok: true,
      input: { email: "s@example.com", displayName: "Siri", role: "SUPPORT" },
    });
  });

  it("names every missing or invalid option", () => {
    expect(parseStaffCreateArgs([])).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^--email: /),
        expect.stringMatching(/^--name: /),
        expect.stringMatching(/^--role: /),
      ],
    });
    const result = parseStaffCreateArgs([
      "--email",
      "not-an-email",
      "--name",
      "x".repeat(DISPLAY_NAME_MAX_LENGTH + 1),
      "--role",
      "CUSTOMER",
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(3);
  });

  it("refuses unknown options and stray arguments", () => {
    expect(
      parseStaffCreateArgs(["--email", "a@example.com", "--name", "A", "--role", "ADMIN", "--pass", "x"]),
    ).toMatchObject({ ok: false, errors: [expect.stringContaining("--pass")] });
    expect(parseStaffCreateArgs(["a@example.com"])).toMatchObject({ ok: false });
  });
});

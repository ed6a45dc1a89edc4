import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionBodyKind,
  isDecodableActionBody,
  isDecodableReply,
  MAX_REPLY_DEPTH,
} from "@/platform/http/action-body";

type Fields = [string, string | Blob][];
/** A case for React's own decoder (tests/support/react-reply-decoder.mjs): a text body or multipart fields. */
type DecoderCase = { text: string } | { fields: [string, string | { blob: string }][] };

const text = (body: string): Fields => [["0", body]];
const body = (text: string): DecoderCase => ({ text });
/** Multipart fields written "name=value"; "<blob>" stands for a file. */
const parts = (...fields: string[]): DecoderCase => ({
  fields: fields.map((field) => {
    const [name = "", value = ""] = field.split(/=(.*)/s);
    return [name, value === "<blob>" ? { blob: "vedlegg" } : value];
  }),
});
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

/** React's verdict on each case, from its own decodeReply in a process with the react-server condition. */
function reactDecodes(cases: DecoderCase[]): boolean[] {
  const script = path.resolve("tests/support/react-reply-decoder.mjs");
  const output = execFileSync(process.execPath, ["--conditions=react-server", script], {
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  return JSON.parse(output);
}

function fieldsOf(decoderCase: DecoderCase): Fields {
  if ("text" in decoderCase) return text(decoderCase.text);
  return decoderCase.fields.map(([name, value]) => [
    name,
    typeof value === "string" ? value : new Blob([value.blob]),
  ]);
}

/** Multipart bytes and their content type, as a browser sends a FormData. */
async function multipart(fields: Fields) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    contentType: request.headers.get("content-type") ?? "",
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

describe("server-action bodies React's decodeReply cannot take", () => {
  it("refuses the probe's bodies: broken JSON, a root that is no list of arguments, a numbered field that is not JSON", () => {
    for (const body of ["{", '"x"', "null", "1", "", "{}"])
      expect(isDecodableReply(text(body)), body).toBe(false);
    expect(isDecodableReply([["0", "{bad"]])).toBe(false);
    expect(isDecodableReply([["_1_email", "kari@example.com"]]), "no field 0").toBe(false);
    expect(
      isDecodableReply([
        ["1", "{bad"],
        ["0", "[]"],
      ]),
      "a numbered field that is not JSON",
    ).toBe(false);
  });

  it("refuses references to what the body does not hold, or holds only after the arguments", () => {
    expect(isDecodableReply(text('[null,"$1"]'))).toBe(false);
    expect(
      isDecodableReply([
        ["0", '[null,"$1"]'],
        ["1", "[2]"],
      ]),
    ).toBe(false);
    expect(
      isDecodableReply([
        ["1", "[2]"],
        ["0", '[null,"$1"]'],
      ]),
    ).toBe(true);
    expect(isDecodableReply(text('["$B1"]'))).toBe(false);
    expect(isDecodableReply(text('["$0:5"]'))).toBe(false);
    expect(isDecodableReply(text('["$nabc"]'))).toBe(false);
    expect(isDecodableReply(text('["$"]'))).toBe(false);
  });

  it("refuses nesting deeper than React's reviver can follow", () => {
    expect(isDecodableReply(text(nested(MAX_REPLY_DEPTH)))).toBe(true);
    expect(isDecodableReply(text(nested(20_000)))).toBe(false);
  });

  it("takes what React's own client sends for a form, and for richer arguments", async () => {
    const require = createRequire(import.meta.url);
    const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge");
    const form = new FormData();
    form.set("email", "kari@example.com");
    form.set("message", "$ og {} er vanlige tegn");
    const shared = { a: 1 };
    const argumentLists = [
      [null, form],
      [{ ok: false, fieldErrors: { email: ["Feil"] }, values: { email: "$x" } }, form],
      [1n, new Date(0), shared, shared, new Map([[1, 2]]), new Set([1]), undefined, Number.POSITIVE_INFINITY],
      [new Blob(["vedlegg"])],
      ["tekst"],
    ];
    for (const args of argumentLists) {
      const body: string | FormData = await encodeReply(args);
      const fields: Fields = typeof body === "string" ? text(body) : [...body.entries()];
      expect(isDecodableReply(fields), JSON.stringify(fields)).toBe(true);
    }
  });

  it("agrees with React's own decodeReply on every case, good and bad", () => {
    const cases: DecoderCase[] = [
      ...["{", '"x"', "null", "[]", "{}", '[null,"$K1"]', '[null,"$1"]', '["$nabc"]', '["$n123"]'].map(body),
      ...['["$0:0"]', '["$0:5"]', '["$Q0"]', '["$Zz"]', '["$D2026-01-01"]', '["$T"]', '["$-0"]'].map(body),
      ...['[{"__proto__":1}]', '["$@0"]', '["$h0"]', '["$"]', nested(20_000)].map(body),
      parts("0={bad"),
      parts("1=[2]", '0=[null,"$1"]'),
      parts('0=[null,"$1"]', "1=[2]"),
      parts("1=[[1,2]]", '0=["$Q1"]'),
      parts("1=[[1,2]]", '0=["$Q1","$Q1"]'),
      parts("1={}", '0=["$W1"]'),
      parts("1=[1]", '0=["$W1"]'),
      parts("1={}", '0=["$i1"]'),
      parts("1=[1]", '0=["$i1"]'),
      parts("1=5", '0=["$@1"]'),
      parts('1={"a":2}', '0=["$1:a"]'),
      parts('1={"a":2}', '0=["$1:b"]'),
      parts('1=[1,"$0"]', '0=["$1"]'),
      parts("2=[3]", '1=["$2"]', '0=["$1"]'),
      parts('1=["$2"]', "2=[3]", '0=["$1"]'),
      parts('1=["$3"]', '0=["$1"]'),
      parts("1=<blob>", '0=["$B1"]'),
      parts("1=<blob>", '0=["$o1"]'),
      parts("1=<blob>", '0=["$1"]'),
      parts("_1_email=kari@example.com", '0=[null,"$K1"]'),
      parts("01=[2]", '0=[null,"$1"]'),
    ];
    const ours = cases.map((decoderCase) => isDecodableReply(fieldsOf(decoderCase)));
    expect(ours).toEqual(reactDecodes(cases));
  });
});

describe("reading the body as Next.js does", () => {
  it("takes a multipart body field by field, and refuses one whose field 0 is not JSON", async () => {
    const good = await multipart([
      ["_1_email", "kari@example.com"],
      ["0", '[null,"$K1"]'],
    ]);
    expect(await isDecodableActionBody(good.contentType, good.body)).toBe(true);
    const bad = await multipart([["0", "{bad"]]);
    expect(await isDecodableActionBody(bad.contentType, bad.body)).toBe(false);
    const broken = new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]');
    expect(await isDecodableActionBody("multipart/form-data; boundary=x", broken)).toBe(false);
  });

  it("reads any other type as JSON text, and leaves a url-encoded form to Next.js as before", async () => {
    const body = (value: string) => new TextEncoder().encode(value);
    expect(await isDecodableActionBody("text/plain;charset=UTF-8", body("{"))).toBe(false);
    expect(await isDecodableActionBody("text/plain;charset=UTF-8", body('[null,"$K1"]'))).toBe(true);
    expect(await isDecodableActionBody("", body("null"))).toBe(false);
    // Next.js keeps a byte-order mark in the text, and JSON.parse refuses it.
    expect(await isDecodableActionBody("text/plain", body("\uFEFF[]"))).toBe(false);
    expect(actionBodyKind("application/x-www-form-urlencoded")).toBe("url-encoded");
    expect(await isDecodableActionBody("application/x-www-form-urlencoded", body("email=a"))).toBe(true);
  });
});

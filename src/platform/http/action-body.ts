// A server-action call (a POST with a Next-Action header) carries its arguments in React's reply
// encoding, which Next.js hands to React's decodeReply. A body decodeReply cannot take made Next.js
// answer 500; src/proxy.ts asks this file first and answers 400. What decodeReply needs:
// - the body is one JSON text (then it is field "0"), or a multipart form whose numbered fields hold
//   JSON texts (or files) and whose other fields are the arguments' form data;
// - field "0" is the arguments: an array (Next.js spreads it into the call);
// - a "$…" string in that JSON is a reference, and what it names must be there: a numbered field that
//   came before field "0" (the multipart body is decoded as it streams in, and the root is read as soon
//   as it arrives), a path that exists, a BigInt that parses;
// - nesting stays shallow enough for React's recursive reviver.
// This is a guard against malformed bodies, not a second decoder: React still decodes what passes.
import "server-only";

/** As deep as a reply may nest: a form's state nests a few levels; React's reviver overflowed by 10,000. */
export const MAX_REPLY_DEPTH = 1000;
const BIGINT_MAX_DIGITS = 300;

type Field = readonly [name: string, value: string | Blob];
/**
 * What a chunk named by a reference must be: anything (a value, a promise), a container (a server
 * reference's id and bound arguments), or a collection (a Map's entries, a Set's or iterator's items).
 */
type Shape = "any" | "container" | "entries" | "items";
type Reference = { chunk: number; path: string[]; shape: Shape } | { blob: number } | "value" | "invalid";

/** Tags that stand for a value of their own, with no part of the body behind them. */
const VALUE_TAGS = new Set(["$", "T", "K", "I", "-", "N", "u", "D", "H", "R", "r", "X", "x"]);
/** Tags naming a model chunk by its hex id: a promise, a server reference, a Map, a Set, an iterator. */
const CHUNK_SHAPES: Record<string, Shape> = {
  "@": "any",
  h: "container",
  Q: "entries",
  W: "items",
  i: "items",
};
/** Tags naming a file part by its hex id: a Blob and the typed arrays. */
const BLOB_TAGS = new Set(["B", "A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V"]);

const isCollection = (shape: Shape) => shape === "entries" || shape === "items";

function referenceIn(text: string): Reference {
  const tag = text[1] ?? "";
  if (tag === "n") return isBigInt(text.slice(2)) ? "value" : "invalid";
  if (VALUE_TAGS.has(tag)) return "value";
  const id = Number.parseInt(text.slice(2), 16);
  const shape = CHUNK_SHAPES[tag];
  if (shape) return Number.isNaN(id) ? "invalid" : { chunk: id, path: [], shape };
  if (BLOB_TAGS.has(tag)) return Number.isNaN(id) ? "invalid" : { blob: id };
  // "$1f" or "$1f:key:0": a chunk, or a value inside it.
  const [hex = "", ...path] = text.slice(1).split(":");
  const chunk = Number.parseInt(hex, 16);
  return Number.isNaN(chunk) ? "invalid" : { chunk, path, shape: "any" };
}

function isBigInt(digits: string): boolean {
  if (digits.length > BIGINT_MAX_DIGITS) return false;
  try {
    BigInt(digits);
    return true;
  } catch {
    return false;
  }
}

const isReference = (value: unknown) => typeof value === "string" && value.startsWith("$");

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function hasShape(value: unknown, shape: Shape): boolean {
  if (shape === "any") return true;
  if (shape === "container") return isContainer(value);
  if (!Array.isArray(value)) return false;
  return shape === "items" || value.every((entry) => Array.isArray(entry) || isReference(entry));
}

/** Whether the path exists in a chunk's JSON; a step onto another reference is left to React. */
function pathExists(root: unknown, path: string[]): boolean {
  let value = root;
  for (const step of path) {
    if (isReference(value)) return true;
    if (!isContainer(value) || !Object.hasOwn(value, step)) return false;
    value = value[step];
  }
  return true;
}

/**
 * The numbered fields React can read when it reads field "0" (its own and those before it), or null
 * when there is no field "0" or a numbered text field, read or not, is not JSON.
 */
function chunksBeforeRoot(fields: readonly Field[]) {
  const models = new Map<number, unknown>();
  const blobs = new Set<number>();
  let rootSeen = false;
  for (const [name, value] of fields) {
    // React finds part 1 under "1" only: "01" is form data to it.
    if (!/^(0|[1-9]\d*)$/.test(name)) continue;
    const id = Number(name);
    if (typeof value !== "string") {
      if (!rootSeen) blobs.add(id);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
    if (!rootSeen) models.set(id, parsed);
    rootSeen ||= id === 0;
  }
  return rootSeen ? { models, blobs } : null;
}

type Chunks = NonNullable<ReturnType<typeof chunksBeforeRoot>>;
/** The chunks named so far (the root is), and those named as a collection. */
type Seen = { named: Set<number>; collections: Set<number> };

/**
 * Follows one reference: what it names must be in the body before field "0", with the path and shape
 * its tag asks for. A collection is a part of its own, named once (a second mention is a path to it),
 * and never the arguments themselves. Returns the chunk to read next, null for none, or false.
 */
function follow(reference: Reference, chunks: Chunks, seen: Seen): number | null | false {
  if (reference === "invalid") return false;
  if (reference === "value") return null;
  if ("blob" in reference) return chunks.blobs.has(reference.blob) ? null : false;
  const { chunk, path, shape } = reference;
  const target = chunks.models.get(chunk);
  if (!chunks.models.has(chunk) || !pathExists(target, path) || !hasShape(target, shape)) return false;
  const again = seen.named.has(chunk);
  if (again && (isCollection(shape) || seen.collections.has(chunk))) return false;
  seen.named.add(chunk);
  if (isCollection(shape)) seen.collections.add(chunk);
  return again ? null : chunk;
}

/** True when React's decodeReply can decode these fields, in the order the body holds them. */
export function isDecodableReply(fields: readonly Field[]): boolean {
  const chunks = chunksBeforeRoot(fields);
  const root = chunks?.models.get(0);
  if (!chunks || !Array.isArray(root)) return false;
  const seen: Seen = { named: new Set([0]), collections: new Set() };
  const stack: [value: unknown, depth: number][] = [[root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (depth > MAX_REPLY_DEPTH) return false;
    if (isContainer(value)) {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
      continue;
    }
    if (typeof value !== "string" || !value.startsWith("$")) continue;
    const chunk = follow(referenceIn(value), chunks, seen);
    if (chunk === false) return false;
    if (chunk !== null) stack.push([chunks.models.get(chunk), depth + 1]);
  }
  return true;
}

/**
 * How Next.js reads an action's body (getServerActionRequestMetadata): multipart by the type's start,
 * a url-encoded form only by the exact type (Next.js does not take those as action calls), else text.
 */
export function actionBodyKind(contentType: string): "multipart" | "url-encoded" | "text" {
  if (contentType.startsWith("multipart/form-data")) return "multipart";
  return contentType === "application/x-www-form-urlencoded" ? "url-encoded" : "text";
}

/** True when Next.js can hand this body of a server-action call to React's decodeReply. */
export async function isDecodableActionBody(
  contentType: string,
  body: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const kind = actionBodyKind(contentType);
  if (kind === "url-encoded") return true;
  // Next.js reads the text as Buffer#toString does: a byte-order mark stays, and JSON.parse refuses it.
  if (kind === "text")
    return isDecodableReply([["0", new TextDecoder("utf-8", { ignoreBOM: true }).decode(body)]]);
  try {
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    return isDecodableReply([...form.entries()]);
  } catch {
    return false;
  }
}

// Decodes server-action bodies with React's own decodeReply, as Next.js 16 does on Node.js (a text body
// whole, a multipart body as it streams through busboy), and tells for each whether the call would go
// ahead: decoded, to an array of arguments. Run with --conditions=react-server, cases as JSON on stdin:
// [{ text }] or [{ fields: [[name, value | { blob }]] }]; prints [true | false, …].
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const require = createRequire(`${process.cwd()}/`);
const {
  createTemporaryReferenceSet,
  decodeReply,
  decodeReplyFromBusboy,
} = require("next/dist/compiled/react-server-dom-webpack/server.node");
const busboy = require("next/dist/compiled/busboy");

async function decodeMultipart(fields) {
  const form = new FormData();
  for (const [name, value] of fields)
    form.append(name, typeof value === "string" ? value : new Blob([value.blob]));
  const request = new Request("http://localhost/", { method: "POST", body: form });
  const headers = { "content-type": request.headers.get("content-type") };
  const parser = busboy({ defParamCharset: "utf8", headers });
  const body = Readable.from(Buffer.from(await request.arrayBuffer()));
  const [, args] = await Promise.all([
    pipeline(body, parser),
    decodeReplyFromBusboy(parser, {}, { temporaryReferences: createTemporaryReferenceSet() }),
  ]);
  return args;
}

async function decodes(testCase) {
  try {
    const args =
      "text" in testCase
        ? await decodeReply(testCase.text, {}, { temporaryReferences: createTemporaryReferenceSet() })
        : await decodeMultipart(testCase.fields);
    // Next.js calls the action with action.apply(null, args).
    Reflect.apply(() => {}, null, args);
    return Array.isArray(args);
  } catch {
    return false;
  }
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
const verdicts = [];
for (const testCase of JSON.parse(input)) verdicts.push(await decodes(testCase));
process.stdout.write(JSON.stringify(verdicts));

import { extractText, getDocumentProxy } from "unpdf";

/** The PDF's text, pages joined, with whitespace runs made one space (pdf.js splits lines into items). */
export async function pdfText(content: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(content));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

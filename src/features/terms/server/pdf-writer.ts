import "server-only";
// A small layer over pdfkit for text documents: headings, paragraphs, label–value rows and form lines,
// in the standard Helvetica (WinAnsi covers æ, ø, å, «», ›). pdfkit reads its font metrics from
// node_modules at run time, so next.config.ts keeps it out of the server bundle.
import PDFDocument from "pdfkit";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 56;
const BODY_SIZE = 10.5;

export class PdfWriter {
  private constructor(private readonly doc: Doc) {}

  /** Builds a document page by page and returns its bytes. */
  static async render(info: { title: string; author: string }, build: (pdf: PdfWriter) => void) {
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      lang: "nb-NO",
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Creator: info.author },
    });
    const chunks: Uint8Array[] = [];
    const done = new Promise<void>((resolve, reject) => {
      doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
      doc.on("end", resolve);
      doc.on("error", reject);
    });
    doc.font("Helvetica").fontSize(BODY_SIZE);
    build(new PdfWriter(doc));
    doc.end();
    await done;
    return concat(chunks);
  }

  title(text: string): this {
    this.doc.font("Helvetica-Bold").fontSize(18).text(text).moveDown(0.5);
    return this.body();
  }

  heading(text: string): this {
    this.doc.moveDown(0.6).font("Helvetica-Bold").fontSize(13).text(text).moveDown(0.3);
    return this.body();
  }

  subheading(text: string): this {
    this.doc
      .moveDown(0.3)
      .font("Helvetica-Bold")
      .fontSize(BODY_SIZE + 0.5)
      .text(text)
      .moveDown(0.2);
    return this.body();
  }

  paragraph(text: string): this {
    this.doc.text(text, { align: "left", lineGap: 1.5 }).moveDown(0.4);
    return this;
  }

  /** "Label: value", the label in bold. */
  row(label: string, value: string): this {
    this.doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
    this.doc.moveDown(0.15);
    return this;
  }

  /** A line of a form; one that ends in ":" gets a rule to write on below it. */
  formLine(text: string): this {
    this.doc.text(text).moveDown(0.2);
    if (text.endsWith(":")) {
      const y = this.doc.y + 12;
      this.doc
        .moveTo(MARGIN, y)
        .lineTo(this.doc.page.width - MARGIN, y)
        .lineWidth(0.5)
        .stroke();
      this.doc.y = y + 8;
    }
    return this;
  }

  small(text: string): this {
    this.doc
      .fontSize(BODY_SIZE - 1.5)
      .text(text)
      .moveDown(0.3);
    return this.body();
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  private body(): this {
    this.doc.font("Helvetica").fontSize(BODY_SIZE);
    return this;
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

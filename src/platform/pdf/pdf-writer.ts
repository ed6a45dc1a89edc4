import "server-only";
// A small layer over pdfkit for text documents (the contract document, the invoice): headings,
// paragraphs, label–value rows, tables and form lines, in the standard Helvetica (WinAnsi covers æ, ø,
// å, «», ›). Every document is a tagged PDF in Norwegian: each block is a structure element (H1, H2, P,
// Table with TH/TD) under one Document element, so a screen reader reads it in order; rules are
// artifacts. pdfkit reads its font metrics from node_modules at run time, so next.config.ts keeps it
// out of the server bundle.
import PDFDocument from "pdfkit";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

const MARGIN = 56;
const BODY_SIZE = 10.5;

export interface PdfInfo {
  title: string;
  author: string;
  /**
   * The document's creation date. pdfkit derives the file ID from the info, so a fixed date makes the same
   * content the same bytes (an invoice is dated by its issue); without one it is now.
   */
  createdAt?: Date;
}

/** A table cell: text, or text aligned right (amounts). */
export type PdfCell = string | { text: string; align: "right" };

export class PdfWriter {
  private constructor(
    private readonly doc: Doc,
    private readonly root: Struct,
  ) {}

  /** Builds a document page by page and returns its bytes. */
  static async render(info: PdfInfo, build: (pdf: PdfWriter) => void) {
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      lang: "nb-NO",
      pdfVersion: "1.7",
      tagged: true,
      displayTitle: true,
      info: {
        Title: info.title,
        Author: info.author,
        Creator: info.author,
        Producer: info.author,
        ...(info.createdAt ? { CreationDate: info.createdAt } : {}),
      },
    });
    const chunks: Uint8Array[] = [];
    const done = new Promise<void>((resolve, reject) => {
      doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
      doc.on("end", resolve);
      doc.on("error", reject);
    });
    const root = doc.struct("Document");
    doc.addStructure(root);
    doc.font("Helvetica").fontSize(BODY_SIZE);
    build(new PdfWriter(doc, root));
    root.end();
    doc.end();
    await done;
    return concat(chunks);
  }

  title(text: string): this {
    this.tag("H1", () => this.doc.font("Helvetica-Bold").fontSize(18).text(text));
    this.doc.moveDown(0.5);
    return this.body();
  }

  heading(text: string): this {
    this.doc.moveDown(0.6);
    this.tag("H2", () => this.doc.font("Helvetica-Bold").fontSize(13).text(text));
    this.doc.moveDown(0.3);
    return this.body();
  }

  subheading(text: string): this {
    this.doc.moveDown(0.3);
    this.tag("H3", () =>
      this.doc
        .font("Helvetica-Bold")
        .fontSize(BODY_SIZE + 0.5)
        .text(text),
    );
    this.doc.moveDown(0.2);
    return this.body();
  }

  paragraph(text: string): this {
    this.tag("P", () => this.doc.text(text, { align: "left", lineGap: 1.5 }));
    this.doc.moveDown(0.4);
    return this;
  }

  /** "Label: value", the label in bold. */
  row(label: string, value: string): this {
    this.tag("P", () =>
      this.doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value),
    );
    this.doc.moveDown(0.15);
    return this;
  }

  /** A table with a header row; `widths` in points (the rest of the line for the first column when omitted). */
  table(
    columns: readonly PdfCell[],
    rows: readonly (readonly PdfCell[])[],
    widths?: readonly number[],
  ): this {
    const cell = (value: PdfCell, type: "TH" | "TD") =>
      typeof value === "string"
        ? { text: value, type }
        : { text: value.text, type, align: { x: value.align } };
    const options = {
      structParent: this.root,
      columnStyles: widths ? widths.map((width) => ({ width })) : undefined,
      defaultStyle: { border: 0, padding: [2, 4] },
      data: [
        columns.map((column) => ({
          ...cell(column, "TH"),
          scope: "column",
          font: { src: "Helvetica-Bold" },
        })),
        ...rows.map((row) => row.map((value) => cell(value, "TD"))),
      ],
    };
    this.doc.table(options as unknown as Parameters<Doc["table"]>[0] & { data: never[] });
    this.doc.x = MARGIN;
    this.doc.moveDown(0.5);
    return this.body();
  }

  /** A line of a form; one that ends in ":" gets a rule to write on below it. */
  formLine(text: string): this {
    this.tag("P", () => this.doc.text(text));
    this.doc.moveDown(0.2);
    if (text.endsWith(":")) {
      const y = this.doc.y + 12;
      this.doc.markContent("Artifact", { type: "Layout" });
      this.doc
        .moveTo(MARGIN, y)
        .lineTo(this.doc.page.width - MARGIN, y)
        .lineWidth(0.5)
        .stroke();
      this.doc.endMarkedContent();
      this.doc.y = y + 8;
    }
    return this;
  }

  small(text: string): this {
    this.tag("P", () => this.doc.fontSize(BODY_SIZE - 1.5).text(text));
    this.doc.moveDown(0.3);
    return this.body();
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  /** Draws a block as one structure element of the document. */
  private tag(type: string, draw: () => void) {
    this.root.add(this.doc.struct(type, {}, draw));
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

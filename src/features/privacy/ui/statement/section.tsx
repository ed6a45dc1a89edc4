import type { ReactNode } from "react";

/** The statement's sections in page order: their headings and the table of contents. */
const SECTIONS = [
  { id: "ansvarlig", title: "Hvem som er ansvarlig" },
  { id: "informasjonskapsler", title: "Informasjonskapsler (cookies)" },
  { id: "opplysninger", title: "Personopplysninger vi behandler når du blir kunde" },
  { id: "formal", title: "Formålet med behandlingen og rettslig grunnlag" },
  { id: "deling", title: "Utlevering og databehandlere" },
  { id: "sletting", title: "Hvor lenge vi oppbevarer opplysningene" },
  { id: "rettigheter", title: "Dine rettigheter" },
] as const;

export function Section({ id, children }: { id: (typeof SECTIONS)[number]["id"]; children: ReactNode }) {
  const title = SECTIONS.find((s) => s.id === id)?.title;
  return (
    <section aria-labelledby={`${id}-tittel`} className="scroll-mt-6 space-y-4">
      <h2 id={`${id}-tittel`} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function TableOfContents() {
  return (
    <nav aria-labelledby="innhold-tittel" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="innhold-tittel" className="font-semibold text-slate-900">
        Innhold
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}-tittel`} className="text-brand-700 underline hover:no-underline">
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

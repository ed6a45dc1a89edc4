import { LimitedBy } from "@/features/privacy/ui";
import { EmailChangeForm } from "./email-change-form";
import { PhoneForm, RectificationForm } from "./forms";
import { SectionCard } from "./section-card";

/** Rectification: email and phone the customer corrects at once, the register's fields by request. */
export function RectificationCard({ email, phone }: { email: string | null; phone: string | null }) {
  return (
    <SectionCard id="retting" title="Retting">
      <p className="mt-2 text-slate-700">
        E-post og telefon retter du selv. Nå: {email ?? "ingen e-post"}, {phone ?? "ingen telefon"}.
      </p>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <div>
          <h3 className="mb-2 text-lg font-semibold text-slate-900">Telefon</h3>
          <PhoneForm phone={phone} />
        </div>
        <div>
          <h3 className="mb-2 text-lg font-semibold text-slate-900">E-post</h3>
          <EmailChangeForm />
        </div>
      </div>
      <h3 className="mt-8 text-lg font-semibold text-slate-900">
        Navn, adresse, fødselsnummer eller målepunkt
      </h3>
      <p className="mt-1 mb-3 text-slate-700">
        Disse henter vi fra Folkeregisteret og Elhub. Send oss en forespørsel, så kontrollerer vi og retter
        dem.
      </p>
      <RectificationForm />
      <LimitedBy type="RECTIFICATION" />
    </SectionCard>
  );
}

import { CopyButton } from "@/ui/copy-button";
import { QrCode } from "@/ui/qr-code";
import { groupSecret } from "../domain/second-factor";

/** How to add the account to an authenticator app: scan the QR code, or type the secret by hand. */
export function TotpSetupSteps({ secret, uri }: { secret: string; uri: string }) {
  return (
    <ol className="flex list-decimal flex-col gap-4 pl-5">
      <li>
        Installer en autentiseringsapp på telefonen hvis du ikke har en, for eksempel Microsoft Authenticator,
        Google Authenticator eller den som følger med passordbehandleren din.
      </li>
      <li>
        <div className="flex flex-col gap-3">
          <span>Velg å legge til en konto i appen, og skann QR-koden.</span>
          <QrCode
            value={uri}
            label="QR-kode med nøkkelen for Klarkraft til autentiseringsappen"
            className="h-auto w-56 max-w-full border border-slate-300"
          />
          <span>Kan du ikke skanne? Velg å skrive inn nøkkelen i appen i stedet:</span>
          <span className="flex flex-wrap items-center gap-3">
            <code id="totp-nokkel" className="rounded bg-slate-100 px-2 py-1 font-mono text-lg break-all">
              {groupSecret(secret)}
            </code>
            <CopyButton text={secret} label="Kopier nøkkelen" />
          </span>
        </div>
      </li>
      <li>Skriv inn koden appen viser for Klarkraft nedenfor.</li>
    </ol>
  );
}

import Link from "next/link";
import { ConsentSettingsButton } from "@/features/consent/ui";
import { CONTROLLER } from "@/features/privacy";

export function SiteFooter() {
  return (
    <footer className="on-dark mt-16 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="text-lg font-semibold text-white">{CONTROLLER.name}</p>
          <address className="mt-2 not-italic leading-relaxed">
            {CONTROLLER.street}
            <br />
            {CONTROLLER.postalCode} {CONTROLLER.city}
            <br />
            <a href={`mailto:${CONTROLLER.customerServiceEmail}`} className="text-white underline">
              {CONTROLLER.customerServiceEmail}
            </a>
          </address>
        </div>
        <nav aria-label="Bunnmeny">
          <ul className="space-y-2">
            <li>
              <Link href="/personvern" className="text-white underline hover:no-underline">
                Personvernerklæring
              </Link>
            </li>
            <li>
              <Link href="/avtalevilkar" className="text-white underline hover:no-underline">
                Avtalevilkår
              </Link>
            </li>
            <li>
              <Link href="/api/v1/docs" className="text-white underline hover:no-underline">
                API for dine egne data
              </Link>
            </li>
            <li>
              <ConsentSettingsButton className="text-left text-white underline hover:no-underline">
                Innstillinger for informasjonskapsler
              </ConsentSettingsButton>
            </li>
            <li>
              <a
                href={`mailto:${CONTROLLER.customerServiceEmail}`}
                className="text-white underline hover:no-underline"
              >
                Kontakt kundeservice
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

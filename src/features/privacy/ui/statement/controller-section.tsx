import { CONTROLLER } from "../../domain/vocabulary";
import { Section } from "./section";

export function ControllerSection() {
  return (
    <Section id="ansvarlig">
      <p>
        {CONTROLLER.name} er behandlingsansvarlig for personopplysningene dine og skal sørge for at de ikke
        misbrukes eller kommer på avveie.
      </p>
      <address className="not-italic">
        {CONTROLLER.name}, {CONTROLLER.street}, {CONTROLLER.postalCode} {CONTROLLER.city}
        <br />
        Spørsmål om personvern:{" "}
        <a href={`mailto:${CONTROLLER.privacyEmail}`} className="text-brand-700 underline">
          {CONTROLLER.privacyEmail}
        </a>
      </address>
    </Section>
  );
}

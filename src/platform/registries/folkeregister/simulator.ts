import "server-only";
// Simulated Folkeregisteret: `GET /v1/personer/entydigsoek` and `GET /v1/personer/{number}` (by number
// alone), answering with a v1.5 person document from the synthetic population. Like the real search,
// entydigsoek requires `navn` next to the number; unlike it, it does not compare the name (the real
// one searches phonetically with soekFonetisk): the portal checks the name itself.
import { findSyntheticPerson, type SyntheticPerson } from "../simulator/people";
import type { SimulatorModule, SimulatorRequest, SimulatorResponse } from "../simulator/server";

const notFound: SimulatorResponse = {
  status: 404,
  body: { code: "FREG-404", message: "Fant ingen entydig person", httpStatus: 404, feilreferanse: "sim" },
};

function personDocument(person: SyntheticPerson, status: SyntheticPerson["status"]) {
  const historic = { erGjeldende: true, kilde: "KILDE_DSF", gyldighetstidspunkt: "2020-01-01T00:00:00Z" };
  const [, husnummer = person.buildingNumber, husbokstav] =
    /^(\d+)([A-Za-z]?)$/.exec(person.buildingNumber) ?? [];
  return {
    identifikasjonsnummer: [
      {
        ...historic,
        foedselsEllerDNummer: person.nationalId,
        identifikatortype: Number(person.nationalId[0]) >= 4 ? "dNummer" : "foedselsnummer",
        status: "iBruk",
      },
    ],
    status: [{ ...historic, status }],
    navn: [
      {
        ...historic,
        fornavn: person.firstName.toUpperCase(),
        ...(person.middleName ? { mellomnavn: person.middleName.toUpperCase() } : {}),
        etternavn: person.lastName.toUpperCase(),
      },
    ],
    foedsel: [{ ...historic, foedselsdato: person.birthDate, foedselsaar: person.birthDate.slice(0, 4) }],
    bostedsadresse:
      status === "utflyttet"
        ? []
        : [
            {
              ...historic,
              adressegradering: "ugradert",
              flyttedato: "2019-08-01",
              vegadresse: {
                adressenavn: person.streetName,
                adressenummer: { husnummer, ...(husbokstav ? { husbokstav } : {}) },
                kommunenummer: person.place.municipalityNumber,
                poststed: { poststedsnavn: person.place.city, postnummer: person.place.postalCode },
              },
            },
          ],
    doedsfall: { doedsdato: status === "doed" ? "2025-02-01" : null },
  };
}

/** The person document for a number, with a queued outcome fault applied. */
function answerFor(id: string, fault: SimulatorRequest["fault"]): SimulatorResponse {
  const person = findSyntheticPerson(id);
  if (!person || fault === "not-found") return { ...notFound, personFault: person?.faults?.folkeregister };
  const status = fault === "deceased" ? "doed" : fault === "emigrated" ? "utflyttet" : person.status;
  return { status: 200, body: personDocument(person, status), personFault: person.faults?.folkeregister };
}

const badSearch: SimulatorResponse = {
  status: 400,
  body: { code: "FREG-001", message: "Ugyldig søk", httpStatus: 400 },
};

export const folkeregisterSimulator: SimulatorModule = {
  name: "folkeregister",
  handle({ method, path, query, fault }) {
    if (method !== "GET") return notFound;
    // `GET /v1/personer/{personidentifikator}`: by number alone, as a package with hjemmel may ask.
    const byNumber = /^\/v1\/personer\/(\d{11})$/.exec(path);
    if (byNumber?.[1]) return answerFor(byNumber[1], fault);
    if (path !== "/v1/personer/entydigsoek") return notFound;
    const id = query.get("identifikasjonsnummer") ?? "";
    const navn = query.get("navn") ?? "";
    if (!/^\d{11}$/.test(id) || navn.trim().length < 2) return badSearch;
    return answerFor(id, fault);
  },
};

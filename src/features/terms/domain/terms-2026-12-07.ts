// Avtalevilkår, version 2026-12-07: the first versioned terms. Pure data.
//
// Source and what we followed (docs/decisions/008-versioned-terms-and-contract-document.md): the standard electricity supply
// agreement for consumers ("Standard kraftleveringsavtale", negotiated by the industry association,
// then Energi Norge, now Fornybar Norge, with Forbrukerombudet, now Forbrukertilsynet). We follow its
// structure: § 1 general terms (parties, the contract, conclusion and supplier switch, angrerett,
// security, confidentiality and credit checks), § 2 metering and settlement, § 3 price, price changes
// and payment, § 4 performance and breach (supply, disconnection for non-payment, resumption, delayed
// start), § 5 liability, § 6 termination, and the complaints board (Elklagenemnda). The wording is our
// own: the standard's text was not quoted. The notice for changes to the customer's disadvantage
// follows energiloven chapter 4 A (30 days after written notice, with a right to terminate).
import type { TermsVersion } from "./terms-versions";

export const TERMS_2026_12_07: TermsVersion = {
  id: "2026-12-07",
  effectiveFrom: "2026-12-07",
  basis:
    "Vilkårene bygger på standard kraftleveringsavtale for forbrukere, som bransjen (Fornybar Norge, tidligere Energi Norge) har forhandlet fram med Forbrukertilsynet. Ordlyden er vår egen og er skrevet for hvordan Klarkraft leverer strøm på nett.",
  sections: [
    {
      id: "partene",
      heading: "1. Partene og hva avtalen gjelder",
      paragraphs: [
        "Avtalen er mellom deg som forbruker og Klarkraft AS som kraftleverandør. Den gjelder kjøp av elektrisk kraft til målepunktet som står i avtalen, til bruk i egen bolig eller fritidsbolig.",
        "Klarkraft avregner og fakturerer strømmen du bruker i målepunktet. Selve overføringen av strømmen fram til deg er nettselskapets ansvar, og nettleien betaler du til nettselskapet etter en egen avtale med dem.",
        "Avtalen består av disse vilkårene, prisvilkårene for produktet du har valgt, og avtaledokumentet du får når avtalen inngås. Står det noe annet i prisvilkårene eller avtaledokumentet enn i disse vilkårene, gjelder prisvilkårene og avtaledokumentet.",
      ],
    },
    {
      id: "inngaaelse",
      heading: "2. Inngåelse av avtalen og oppstart",
      paragraphs: [
        "Før du inngår avtalen, får du vite produktet, prisene med og uten merverdiavgift, startdatoen og hva det koster å avslutte avtalen. Avtalen er inngått når du har fullført «Bli kunde» og vi har opprettet kundeforholdet. Vi sender deg en bekreftelse på e-post med avtaledokumentet som PDF, og du kan laste det ned på Min side › Avtale.",
        "Vi melder leverandørbyttet til Elhub. Leveringen starter på startdatoen du valgte. Den tidligere strømavtalen din slutter samme dag; har du bindingstid hos en annen leverandør, må du selv sjekke vilkårene der.",
        "Starter leveringen senere enn avtalt fordi vi har gjort en feil, skal du ikke betale mer enn du ville ha gjort om den hadde startet i tide. Vi dekker merkostnaden for dagene det gjelder.",
      ],
    },
    {
      id: "angrerett",
      heading: "3. Angrerett",
      paragraphs: [
        "Avtalen er inngått på nett, og du har 14 dagers angrerett etter angrerettloven. Informasjonen om angrerett og angreskjemaet står nedenfor og i avtaledokumentet.",
      ],
    },
    {
      id: "kredittvurdering",
      heading: "4. Kredittvurdering og sikkerhet",
      paragraphs: [
        "Strøm faktureres etterskuddsvis. Før avtalen inngås, kredittvurderer vi deg med samtykket ditt. Vi krever ikke depositum eller forskuddsbetaling.",
      ],
    },
    {
      id: "personvern",
      heading: "5. Taushetsplikt og personopplysninger",
      paragraphs: [
        "Vi har taushetsplikt om det vi får vite om deg og forbruket ditt, og gir det bare videre når loven krever det, når det trengs for å levere strømmen (til Elhub og nettselskapet), eller når du har samtykket.",
        "Hvilke opplysninger vi behandler, hvorfor og hvor lenge, står i personvernerklæringen på klarkraft.no/personvern.",
      ],
    },
    {
      id: "maaling",
      heading: "6. Måling og avregning",
      paragraphs: [
        "Nettselskapet måler forbruket ditt. Vi avregner deg med måleverdiene nettselskapet sender gjennom Elhub, time for time eller kvarter for kvarter slik måleren måler.",
        "Oppdager vi eller nettselskapet en feil ved målingen eller avregningen, retter vi den for hele tiden feilen har vart. Har du betalt for mye, betaler vi tilbake det for mye betalte med renter. Har du betalt for lite, kan vi kreve resten innenfor reglene i foreldelsesloven, og du kan be om å betale det over tid.",
      ],
    },
    {
      id: "priser",
      heading: "7. Priser",
      paragraphs: [
        "Prisen følger produktet du har valgt; prisvilkårene står nedenfor og i avtaledokumentet. Vi oppgir alle priser både uten og med merverdiavgift. Bor du i en kommune der husholdninger er fritatt for merverdiavgift på strøm (Nordland, Troms og Finnmark), betaler du ikke merverdiavgift.",
        "Elavgift, nettleie og strømstøtte eller Norgespris er ikke en del av prisen hos oss: de gjøres opp av nettselskapet.",
      ],
    },
    {
      id: "prisendringer",
      heading: "8. Endring av priser og vilkår",
      paragraphs: [
        "Spotprisen endrer seg fra time til time og fra kvarter til kvarter; det er ikke en prisendring i avtalen. Påslaget, månedsbeløpet og disse vilkårene kan vi endre.",
        "En endring som er til ulempe for deg, varsler vi skriftlig på e-post og på Min side. Den gjelder tidligst 30 dager etter at du fikk varselet. I varselet står det hva som endres, fra hvilken dato, og at du kan si opp avtalen uten kostnad før endringen gjelder.",
        "En fastpris endrer vi ikke i fastprisperioden. Endres merverdiavgiften ved lov, gjelder den nye satsen fra den dagen den trer i kraft.",
        "Nye versjoner av vilkårene publiseres på klarkraft.no/avtalevilkar med versjonsdato. Tidligere versjoner kan fortsatt leses der.",
      ],
    },
    {
      id: "betaling",
      heading: "9. Fakturering og betaling",
      paragraphs: [
        "Vi fakturerer hver måned etterskuddsvis for forbruket og månedsbeløpet i måneden før. Betalingsfristen er minst 14 dager etter at fakturaen er sendt.",
        "Betaler du for sent, kan vi kreve forsinkelsesrente etter forsinkelsesrenteloven, og purregebyr og inkasso etter inkassoloven. Er du uenig i en faktura, si fra så snart du kan. Du betaler da den delen du ikke er uenig i, og vi krever ikke inn resten før saken er avklart.",
      ],
    },
    {
      id: "mislighold",
      heading: "10. Betalingsmislighold og stenging",
      paragraphs: [
        "Betaler du ikke, sender vi først en purring. Betaler du fortsatt ikke, kan vi sende et skriftlig varsel om at vi vil be nettselskapet stenge leveringen. Varselet gir en frist på minst 14 dager, sier hva du kan gjøre for å unngå stenging, og at du kan kontakte Nav-kontoret i kommunen din for hjelp.",
        "Vi ber ikke om stenging når det kan sette liv eller helse i fare. Når det du skylder er betalt, eller vi har avtalt en betalingsplan, ber vi nettselskapet åpne igjen så snart som mulig.",
        "Ved vesentlig mislighold, også fra vår side, kan den andre parten heve avtalen.",
      ],
    },
    {
      id: "ansvar",
      heading: "11. Ansvar og erstatning",
      paragraphs: [
        "Forbrukerkjøpsloven gjelder for levering av strøm til forbrukere. Gjør vi en feil, har du krav på retting, prisavslag eller erstatning etter den loven.",
        "Avbrudd, spenningsfeil og skader som skyldes strømnettet, er nettselskapets ansvar etter nettleieavtalen. Vi hjelper deg å finne fram til riktig selskap.",
      ],
    },
    {
      id: "oppsigelse",
      heading: "12. Oppsigelse, flytting og bytte av produkt",
      paragraphs: [
        "Du kan si opp avtalen når du vil, uten gebyr, også en fastprisavtale i fastprisperioden. Avtalen slutter fra den datoen du velger, tidligst dagen etter at du sa den opp. Du gjør det på Min side › Avtale eller ved å kontakte kundeservice. Bytter du leverandør, avslutter Elhub-byttet avtalen hos oss.",
        "Flytter du, melder du flytting på Min side. Avtalen følger med deg til den nye adressen.",
        "Bytter du produkt, er det en ny avtale med prisene som gjelder da, og med den versjonen av vilkårene som gjelder da. Du får nytt avtaledokument.",
        "Vi kan si opp avtalen med minst 30 dagers skriftlig varsel. En fastprisavtale sier vi ikke opp i fastprisperioden. Før en fastprisperiode er slutt, varsler vi deg om hva som skjer videre; sier du ikke noe, fortsetter avtalen som Spotpris med prisene som da gjelder.",
      ],
    },
    {
      id: "klage",
      heading: "13. Klage og tvister",
      paragraphs: [
        "Er du misfornøyd, kontakt kundeservice på kundeservice@klarkraft.no eller via Min side. Vi svarer skriftlig.",
        "Blir vi ikke enige, kan du klage til Elklagenemnda, som behandler tvister mellom forbrukere og kraftleverandører. Det er gratis for deg. Du kan også bringe saken inn for forliksrådet eller domstolene etter de vanlige reglene.",
      ],
    },
  ],
  productTerms: {
    SPOT: [
      "Du betaler spotprisen på strømbørsen (Nord Pool) for prisområdet ditt for hver time eller hvert kvarter du bruker strøm, pluss et fast påslag per kWh og et fast månedsbeløp.",
      "Spotprisen publiseres dagen før og varierer fra time til time. Påslaget og månedsbeløpet endres bare etter varsel (punkt 8).",
    ],
    FIXED: [
      "Du betaler samme energipris per kWh hver time i 12 måneder fra startdatoen, pluss et fast månedsbeløp. Fastprisen endres ikke i perioden.",
      "Avtalen har ingen bindingstid og ikke noe gebyr om du sier den opp. Når fastprisperioden er slutt, fortsetter avtalen som Spotpris, med mindre du velger noe annet (punkt 12).",
    ],
  },
};

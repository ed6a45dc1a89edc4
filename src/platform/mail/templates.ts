// Norwegian (bokmål) mail texts. Each mail has a plain-text part and a simple HTML part with the
// same content, and names no personal data beyond what the recipient already knows.
import "server-only";
import { INQUIRY_LINK_VALID_DAYS } from "@/features/inquiries";
import { escapeHtml } from "@/platform/format/html";
import { osloDateLong } from "@/platform/time/oslo-time";
import { html, type MailContent, plainMail, SIGNATURE } from "./mail-parts";

/** A code that proves the recipient receives mail at this address ("123 456"); never in the subject. */
export function emailCodeMail(input: { code: string; validFor: string }): MailContent {
  return plainMail("Koden din fra Klarkraft", [
    "Hei!",
    `Koden din er ${input.code}. Den gjelder i ${input.validFor}. Har du ikke bedt om den, kan du se bort fra denne e-posten.`,
  ]);
}

export function passwordResetMail(input: { link: string; validFor: string }): MailContent {
  const link = escapeHtml(input.link);
  return {
    subject: "Lag nytt passord til Min side",
    text: [
      "Hei!",
      "Vi har fått en forespørsel om å lage nytt passord til Min side hos Klarkraft.",
      `Åpne lenken under for å velge et nytt passord. Lenken virker i ${input.validFor} og kan brukes én gang:`,
      input.link,
      "Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.",
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      "Hei!",
      "Vi har fått en forespørsel om å lage nytt passord til Min side hos Klarkraft.",
      `Lenken under virker i ${input.validFor} og kan brukes én gang.`,
      `<a href="${link}" style="color: #0f5132; font-weight: bold;">Lag nytt passord</a>`,
      `Virker ikke lenken? Kopier denne adressen inn i nettleseren:<br>${link}`,
      "Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.",
    ]),
  };
}

export function passwordChangedMail(input: { resetLink: string }): MailContent {
  const resetLink = escapeHtml(input.resetLink);
  return {
    subject: "Passordet ditt til Min side er endret",
    text: [
      "Hei!",
      "Passordet ditt til Min side hos Klarkraft er nettopp endret, og du er logget ut på alle enheter.",
      `Var det ikke deg? Lag et nytt passord med en gang: ${input.resetLink}`,
      "Ta også kontakt med kundeservice.",
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      "Hei!",
      "Passordet ditt til Min side hos Klarkraft er nettopp endret, og du er logget ut på alle enheter.",
      `Var det ikke deg? <a href="${resetLink}" style="color: #0f5132; font-weight: bold;">Lag et nytt passord med en gang</a>, og ta kontakt med kundeservice.`,
    ]),
  };
}

export function secondFactorResetMail(input: { contactEmail: string }): MailContent {
  const contact = escapeHtml(input.contactEmail);
  return {
    subject: "Totrinnsinnloggingen din til Min side er nullstilt",
    text: [
      "Hei!",
      "Kundeservice hos Klarkraft har nettopp nullstilt totrinnsinnloggingen din til Min side, og du er logget ut på alle enheter.",
      `Var det ikke du som ba om dette? Ta kontakt med oss med en gang: ${input.contactEmail}`,
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      "Hei!",
      "Kundeservice hos Klarkraft har nettopp nullstilt totrinnsinnloggingen din til Min side, og du er logget ut på alle enheter.",
      `Var det ikke du som ba om dette? Ta kontakt med oss med en gang: <a href="mailto:${contact}" style="color: #0f5132; font-weight: bold;">${contact}</a>`,
    ]),
  };
}

/** A privacy request was received or changed status; a requester with a login reads the timeline on Min side. */
export function privacyRequestMail(input: {
  typeName: string;
  statusName: string;
  eventName: string;
  note: string;
  dueText: string | null;
  link: string | null;
}): MailContent {
  const paragraphs = [
    "Hei!",
    `${input.eventName}: forespørselen din om ${input.typeName.toLowerCase()} har nå status «${input.statusName}».`,
    // A requester who can log in reads our answer on Min side: the mail never quotes it. Without a login
    // (a former customer writing to us) the mail is the only place the answer can reach them.
    ...(input.note && !input.link ? [`Begrunnelse og svar fra oss: ${input.note}`] : []),
    ...(input.dueText ? [`Vi svarer senest ${input.dueText}.`] : []),
  ];
  return {
    subject: `Personvern: forespørselen din om ${input.typeName.toLowerCase()} – ${input.statusName.toLowerCase()}`,
    text: [
      ...paragraphs,
      ...(input.link ? [`Se hele saken på Min side: ${input.link}`] : []),
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      ...paragraphs.map(escapeHtml),
      ...(input.link
        ? [
            `<a href="${escapeHtml(input.link)}" style="color: #0f5132; font-weight: bold;">Se hele saken på Min side</a>`,
          ]
        : []),
    ]),
  };
}

/** To the old address after a change of contact email (and login name). */
export function contactEmailChangedMail(): MailContent {
  const paragraphs = [
    "Hei!",
    "E-postadressen for kundeforholdet ditt og innloggingen på Min side hos Klarkraft er nettopp endret. Vi sender ikke lenger e-post til denne adressen.",
    "Var det ikke deg? Ta kontakt med kundeservice med en gang, så sperrer vi kontoen.",
  ];
  return plainMail("E-postadressen din hos Klarkraft er endret", paragraphs);
}

/** The receipt for an erasure, sent to the address we just erased and will not keep. */
export function erasureReceiptMail(): MailContent {
  const paragraphs = [
    "Hei!",
    "Vi har slettet personopplysningene dine hos Klarkraft, og brukerkontoen din på Min side er avsluttet.",
    "Fakturaene dine må vi oppbevare i fem år etter utgangen av regnskapsåret etter bokføringsloven, og avtalen i tre og et halvt år. Deretter sletter vi også dem.",
    "Vi har ikke tatt vare på e-postadressen din: dette er den siste e-posten du får fra oss.",
  ];
  return plainMail("Opplysningene dine hos Klarkraft er slettet", paragraphs);
}

/** The credit decision goes to a person: where the applicant follows the case, and by when they get an answer (GDPR Art. 22). */
export function creditReviewMail(input: {
  link: string;
  requestedByApplicant: boolean;
  /** The Oslo date of the answer (a @db.Date, UTC midnight). */
  answerDueDate: Date;
}): MailContent {
  const link = escapeHtml(input.link);
  const opening = input.requestedByApplicant
    ? "Vi har mottatt ønsket ditt om at en person vurderer kredittsjekken i søknaden din om å bli kunde hos Klarkraft."
    : "Søknaden din om å bli kunde hos Klarkraft skal vurderes av en saksbehandler før vi kan gi svar.";
  const answer = `Du får svar innen ${osloDateLong(input.answerDueDate)}.`;
  return {
    subject: "Søknaden din vurderes av en person",
    text: [
      "Hei!",
      opening,
      answer,
      "Du ser status for vurderingen her:",
      input.link,
      "Når søknaden er godkjent, kan du fullføre den fra samme lenke.",
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      "Hei!",
      escapeHtml(opening),
      answer,
      `Du ser status for vurderingen her: <a href="${link}">${link}</a>`,
      "Når søknaden er godkjent, kan du fullføre den fra samme lenke.",
    ]),
  };
}

/** To a customer: customer service has answered. Links to the thread; never quotes it. */
export function inquiryAnsweredMail(input: { link: string }): MailContent {
  const link = escapeHtml(input.link);
  return {
    subject: "Du har fått svar fra Klarkraft kundeservice",
    text: [
      "Hei!",
      "Kundeservice har svart på henvendelsen din. Logg inn på Min side for å lese svaret:",
      input.link,
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      "Hei!",
      "Kundeservice har svart på henvendelsen din.",
      `<a href="${link}" style="color: #0f5132; font-weight: bold;">Les svaret på Min side</a>`,
    ]),
  };
}

/**
 * To someone without a login whose email or call customer service registered: a link that opens the
 * thread, since they cannot sign in. The mail never quotes the answer; a newer answer's link replaces it.
 */
export function inquiryAnsweredByLinkMail(input: { link: string }): MailContent {
  const link = escapeHtml(input.link);
  const note = `Lenken virker i ${INQUIRY_LINK_VALID_DAYS} dager, eller til vi svarer deg på nytt: da får du en ny. Del den ikke med andre, den viser hele samtalen.`;
  return {
    subject: "Du har fått svar fra Klarkraft kundeservice",
    text: [
      "Hei!",
      "Kundeservice har svart på henvendelsen din. Les svaret her:",
      input.link,
      note,
      SIGNATURE,
    ].join("\n\n"),
    html: html([
      "Hei!",
      "Kundeservice har svart på henvendelsen din.",
      `<a href="${link}" style="color: #0f5132; font-weight: bold;">Les svaret</a>`,
      escapeHtml(note),
    ]),
  };
}

/** To the staff member who has a thread: the customer wrote again. Links to it; never quotes it. */
export function inquiryCustomerWroteMail(input: { link: string }): MailContent {
  const link = escapeHtml(input.link);
  return {
    subject: "Ny melding i en henvendelse du har",
    text: ["Hei!", "Kunden har skrevet en ny melding i en henvendelse du har tatt:", input.link].join("\n\n"),
    html: html([
      "Hei!",
      "Kunden har skrevet en ny melding i en henvendelse du har tatt.",
      `<a href="${link}" style="color: #0f5132; font-weight: bold;">Åpne henvendelsen</a>`,
    ]),
  };
}

/** A new invoice or credit note is on Min side. Links to it; never names the amount (the page does). */
export function invoiceIssuedMail(input: { link: string; creditNote: boolean }): MailContent {
  const what = input.creditNote ? "kreditnota" : "faktura";
  const link = escapeHtml(input.link);
  const opening = `Du har fått en ny ${what} fra Klarkraft.`;
  const where = input.creditNote
    ? "Logg inn på Min side for å se den:"
    : "Logg inn på Min side for å se den, med beløp, forfallsdato og KID:";
  return {
    subject: `Ny ${what} fra Klarkraft`,
    text: ["Hei!", opening, where, input.link, SIGNATURE].join("\n\n"),
    html: html([
      "Hei!",
      opening,
      `<a href="${link}" style="color: #0f5132; font-weight: bold;">Se ${what}en på Min side</a>`,
    ]),
  };
}

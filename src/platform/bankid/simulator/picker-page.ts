import "server-only";
// The interaction page: whom to sign in as, at which level, and (tests only) a fault in the ID token.
// BankID has no consent screen: choosing is signing in.
import { html, type SafeHtml } from "@/platform/format/html";
import { LEVELS, type Level, type PickerError, type PickerValues } from "./choice";
import { TEST_PEOPLE_GROUPS, type TestPerson } from "./identities";
import { pageDocument, SERVICE_TITLE } from "./page-layout";
import { TOKEN_FAULT_LABELS, TOKEN_FAULTS } from "./token-faults";

export interface PickerPage {
  uid: string;
  allowTokenFaults: boolean;
  values?: PickerValues;
  error?: PickerError;
}

const PERSON_ERROR_ID = "person-feil";
const NATIONAL_ID_FIELD = "annet-fodselsnummer";
const NATIONAL_ID_ERROR_ID = "annet-fodselsnummer-feil";

const personFieldId = (nationalId: string) => `person-${nationalId}`;

function personChoice(person: TestPerson, checked: boolean): SafeHtml {
  const id = personFieldId(person.nationalId);
  return html`<div class="choice">
<input type="radio" id="${id}" name="person" value="${person.nationalId}"${checked ? html` checked` : ""}>
<label for="${id}"><span class="who">${person.name}</span> <span class="nin">${person.nationalId}</span>${
    person.note ? html`<span class="note">${person.note}</span>` : ""
  }</label>
</div>`;
}

function peopleFieldsets(values: PickerValues | undefined, error: PickerError | undefined): SafeHtml[] {
  const personError = error?.field === "person" ? error : undefined;
  return TEST_PEOPLE_GROUPS.map(
    (
      group,
      index,
    ) => html`<fieldset${index === 0 && personError ? html` aria-describedby="${PERSON_ERROR_ID}"` : ""}>
<legend>${group.legend}</legend>
${index === 0 && personError ? html`<p class="error" id="${PERSON_ERROR_ID}">${personError.message}</p>` : ""}
${group.people.map((person) => personChoice(person, values?.person === person.nationalId))}
</fieldset>`,
  );
}

function nationalIdField(values: PickerValues | undefined, error: PickerError | undefined): SafeHtml {
  const fieldError = error?.field === "nationalId" ? error : undefined;
  const describedBy = fieldError
    ? `${NATIONAL_ID_FIELD}-hint ${NATIONAL_ID_ERROR_ID}`
    : `${NATIONAL_ID_FIELD}-hint`;
  return html`<div class="field">
<label for="${NATIONAL_ID_FIELD}">Annet fødselsnummer (testbruker)</label>
<span class="hint" id="${NATIONAL_ID_FIELD}-hint">11 siffer, også D-nummer. Når feltet er fylt ut, gjelder det i stedet for valget over.</span>
${fieldError ? html`<p class="error" id="${NATIONAL_ID_ERROR_ID}">${fieldError.message}</p>` : ""}
<input type="text" id="${NATIONAL_ID_FIELD}" name="nationalId" inputmode="numeric" autocomplete="off" maxlength="32"
 value="${values?.nationalId ?? ""}" aria-describedby="${describedBy}"${fieldError ? html` aria-invalid="true"` : ""}>
</div>`;
}

function levelFieldset(level: Level): SafeHtml {
  const options = (Object.keys(LEVELS) as Level[]).map(
    (key) => html`<div class="choice">
<input type="radio" id="niva-${key}" name="level" value="${key}"${key === level ? html` checked` : ""}>
<label for="niva-${key}">${LEVELS[key].label}</label>
</div>`,
  );
  return html`<fieldset><legend>Sikkerhetsnivå</legend>${options}</fieldset>`;
}

function faultField(values: PickerValues | undefined): SafeHtml {
  const options = TOKEN_FAULTS.map(
    (fault) =>
      html`<option value="${fault}"${values?.fault === fault ? html` selected` : ""}>${TOKEN_FAULT_LABELS[fault]}</option>`,
  );
  return html`<div class="field">
<label for="feil-i-token">Feil i ID-tokenet (bare for tester)</label>
<select id="feil-i-token" name="fault"><option value="">Ingen feil</option>${options}</select>
</div>`;
}

function errorSummary(error: PickerError): SafeHtml {
  const target = error.field === "nationalId" ? NATIONAL_ID_FIELD : personFieldId(firstPersonId());
  return html`<div class="summary" role="alert" tabindex="-1" autofocus>
<h2>Dette må rettes</h2>
<p><a href="#${target}">${error.message}</a></p>
</div>`;
}

function firstPersonId(): string {
  return TEST_PEOPLE_GROUPS[0]?.people[0]?.nationalId ?? "";
}

export function pickerPage({ uid, allowTokenFaults, values, error }: PickerPage): string {
  const content = html`<h1>${SERVICE_TITLE}</h1>
<p>En lokal stedfortreder for BankID, for utvikling, demo og tester. Velg hvem du vil logge inn som. Alle
personene er syntetiske (fødselsnumre med måned + 80).</p>
${error ? errorSummary(error) : ""}
<form method="post" action="/interaction/${uid}" novalidate>
${peopleFieldsets(values, error)}
${nationalIdField(values, error)}
${levelFieldset(values?.level ?? "high")}
${allowTokenFaults ? faultField(values) : ""}
<div class="actions">
<button type="submit" class="primary" name="action" value="login">Logg inn</button>
<button type="submit" class="secondary" name="action" value="abort">Avbryt</button>
</div>
</form>`;
  return pageDocument({ title: error ? "Feil i skjemaet" : SERVICE_TITLE, content });
}

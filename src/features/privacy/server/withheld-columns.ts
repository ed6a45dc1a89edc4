import "server-only";
// Mapped columns the access copy leaves out, and why: each is a secret or identifies someone else.
import type { PersonalDataModel, ScalarFields } from "./personal-data-columns";

type Columns<M extends PersonalDataModel> = { [C in ScalarFields[M]]?: string };

const SECRET =
  "Et fingeravtrykk eller en kryptert nøkkel som beskytter kontoen din. Det sier ingenting om deg, og kopien ville gjort kontoen mindre sikker.";
const SESSION_ID =
  "Id-en til en innlogget økt virker som en nøkkel til kontoen din; vi viser øktene uten den.";
const STAFF_ID =
  "Identifiserer en ansatt. Rollen og tidspunktet står i kopien (personvernforordningen artikkel 15 nr. 4).";
const NATIONAL_ID = "Fødselsnummeret er lagret kryptert og som en nøklet hash. Kopien viser det maskert.";
const PUSH_ADDRESS =
  "Adressen og nøklene nettleserens varslingstjeneste ga oss virker sammen som en nøkkel: med dem kan hvem som helst sende varsler til enheten din. Kopien viser enheten og tidspunktene uten dem.";
const LETTER_CODE =
  "Et fingeravtrykk av koden i brevet: det sier ingenting om deg, og kopien ville gjort koden lettere å gjette.";

/**
 * Mapped columns the copy leaves out, and why: each is a secret or identifies someone else. Every
 * other mapped column is in the copy.
 */
export const WITHHELD_COLUMNS: { [M in PersonalDataModel]?: Columns<M> } = {
  User: { passwordHash: SECRET },
  AuthSession: { id: SESSION_ID },
  PasswordResetToken: { tokenHash: SECRET },
  EmailVerification: { codeHash: SECRET },
  TotpCredential: { secretCiphertext: SECRET },
  RecoveryCode: { codeHash: SECRET },
  ApiToken: { tokenHash: SECRET },
  Customer: { nationalIdCiphertext: NATIONAL_ID, nationalIdHash: NATIONAL_ID },
  OnboardingApplication: { nationalIdCiphertext: NATIONAL_ID, nationalIdHash: NATIONAL_ID },
  ActivationLetter: { nationalIdCiphertext: NATIONAL_ID, nationalIdHash: NATIONAL_ID, codeHash: LETTER_CODE },
  InquiryMessage: { authorUserId: STAFF_ID },
  PrivacyRequestEvent: { actorUserId: STAFF_ID },
  AuditLog: { actorUserId: STAFF_ID },
  CreditReviewCase: { decidedByUserId: STAFF_ID },
  Payment: { matchedByUserId: STAFF_ID },
  PushSubscription: { endpoint: PUSH_ADDRESS, p256dh: PUSH_ADDRESS, auth: PUSH_ADDRESS },
};

export function isWithheld(model: PersonalDataModel, column: string): boolean {
  const withheld: Record<string, string | undefined> = WITHHELD_COLUMNS[model] ?? {};
  return Boolean(withheld[column]);
}

/** The columns of one data field in one model that the copy includes. */
export function exportedColumns(model: PersonalDataModel, columns: readonly string[]): string[] {
  return columns.filter((column) => !isWithheld(model, column));
}

// Numbers of "Bli kunde" that people are told: the service enforcing them and the text quoting them
// import them from here.

/** An application not completed within this many days of its last step is deleted by a job. */
export const APPLICATION_EXPIRY_DAYS = 30;
/** Consumption history imported from Elhub after onboarding. */
export const HISTORY_IMPORT_MONTHS = 13;
/** Applications one address (IPv6: one /64) may start an hour: the form looks people up in registers. */
export const APPLICATIONS_PER_ADDRESS_PER_HOUR = 10;
/**
 * A person's review of a credit decision is answered within this many calendar days of the request
 * (counted in Oslo dates): the applicant is told the date, and staff's queue marks cases past it.
 */
export const CREDIT_REVIEW_ANSWER_DAYS = 7;

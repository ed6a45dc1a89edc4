// The strength rule for new passwords: zxcvbn-ts estimates how many guesses an attacker who knows
// common passwords, names, words and keyboard patterns would need, offline. Its dictionaries are
// large, so it lives in server/: "server-only" fails the build if a client form imports it.
import "server-only";
import { type TranslationKeys, ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's scale is 0–4; 3 means "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

/** Words a Norwegian customer is likely to build a password from, beyond zxcvbn's English lists. */
const NORWEGIAN_WORDS = [
  "passord",
  "hemmelig",
  "velkommen",
  "hallo",
  "heisann",
  "elskerdeg",
  "jegelskerdeg",
  "kjæreste",
  "sommer",
  "vinter",
  "høst",
  "våren",
  "norge",
  "norsk",
  "oslo",
  "bergen",
  "trondheim",
  "stavanger",
  "tromsø",
  "kristiansand",
  "drammen",
  "fotball",
  "rosenborg",
  "brann",
  "vålerenga",
  "molde",
  "klarkraft",
  "strøm",
  "strom",
  "minside",
  "kunde",
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
  "mandag",
  "tirsdag",
  "onsdag",
  "torsdag",
  "fredag",
  "lørdag",
  "søndag",
  "hansen",
  "johansen",
  "olsen",
  "larsen",
  "andersen",
  "pedersen",
  "nilsen",
  "kristiansen",
  "jensen",
  "karlsen",
  "johnsen",
  "pettersen",
  "eriksen",
  "berg",
  "haugen",
  "hagen",
  "nordmann",
  "kari",
  "ola",
  "ingrid",
  "lars",
  "sofie",
];

const NORWEGIAN: TranslationKeys = {
  warnings: {
    straightRow: "Rette rader av taster på tastaturet er lette å gjette.",
    keyPattern: "Korte mønstre på tastaturet er lette å gjette.",
    simpleRepeat: "Gjentatte tegn som «aaa» er lette å gjette.",
    extendedRepeat: "Gjentatte mønstre som «abcabcabc» er lette å gjette.",
    sequences: "Vanlige rekkefølger som «abc» eller «123» er lette å gjette.",
    recentYears: "Årstall fra de siste årene er lette å gjette.",
    dates: "Datoer er lette å gjette.",
    topTen: "Dette er et av de mest brukte passordene.",
    topHundred: "Dette er et svært mye brukt passord.",
    common: "Dette er et vanlig passord.",
    similarToCommon: "Dette ligner på et vanlig passord.",
    wordByItself: "Enkeltord alene er lette å gjette.",
    namesByThemselves: "Navn alene er lette å gjette.",
    commonNames: "Vanlige navn er lette å gjette.",
    userInputs: "Passordet bør ikke inneholde navnet ditt, e-postadressen din eller navnet på tjenesten.",
    pwned: "Dette passordet har vært på avveie i et datainnbrudd.",
  },
  suggestions: {
    l33t: "Unngå forutsigbare bytter som «@» for «a».",
    reverseWords: "Unngå vanlige ord stavet baklengs.",
    allUppercase: "Bruk store bokstaver bare noen steder.",
    capitalization: "Stor forbokstav alene gjør ikke passordet sterkere.",
    dates: "Unngå datoer og årstall som har med deg å gjøre.",
    recentYears: "Unngå årstall fra de siste årene.",
    associatedYears: "Unngå årstall som har med deg å gjøre.",
    sequences: "Unngå vanlige rekkefølger av tegn.",
    repeated: "Unngå gjentatte ord og tegn.",
    longerKeyboardPattern: "Unngå mønstre på tastaturet.",
    anotherWord: "Legg til flere ord som ikke er så vanlige.",
    useWords: "Bruk flere ord, men ikke et kjent uttrykk.",
    noNeed: "Du trenger ikke symboler, tall eller store bokstaver: flere uvanlige ord holder.",
    pwned: "Bruker du dette passordet andre steder, bør du bytte det der også.",
  },
  timeEstimation: {
    ltSecond: "under ett sekund",
    second: "{base} sekund",
    seconds: "{base} sekunder",
    minute: "{base} minutt",
    minutes: "{base} minutter",
    hour: "{base} time",
    hours: "{base} timer",
    day: "{base} dag",
    days: "{base} dager",
    month: "{base} måned",
    months: "{base} måneder",
    year: "{base} år",
    years: "{base} år",
    centuries: "flere hundre år",
  },
};

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary, norwegian: NORWEGIAN_WORDS },
  graphs: common.adjacencyGraphs,
  translations: NORWEGIAN,
});

/** Shorter names ("Ola") occur inside too many ordinary words to forbid. */
const MIN_PERSONAL_WORD_LENGTH = 4;

/** Each word of the user's details: what an attacker targeting this person tries first. */
function personalWords(personal: readonly string[]): string[] {
  return personal
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= MIN_PERSONAL_WORD_LENGTH);
}

/**
 * Null when the password is strong enough, else a Norwegian sentence that says why not.
 * `personal` holds the user's own details (email local part, names): a password containing one is
 * refused outright (NIST SP 800-63B's "context-specific words"), however long the rest is.
 */
export function passwordWeakness(password: string, personal: readonly string[] = []): string | null {
  const lowered = password.toLowerCase();
  if (personalWords(personal).some((word) => lowered.includes(word))) return NORWEGIAN.warnings.userInputs;
  const result = estimator.check(password, [...personal, "klarkraft", "minside", "min side"]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "Passordet er for lett å gjette.";
  const tip = result.feedback.suggestions[0] ?? NORWEGIAN.suggestions.useWords;
  return `${why} ${tip}`;
}

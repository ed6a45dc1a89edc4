// The strength rule for new passwords: zxcvbn-ts estimates how many guesses an attacker who knows
// common passwords, names, words and keyboard patterns would need, offline. Its dictionaries are
// large, so it lives in server/: "server-only" fails the build if a client form imports it.
import "server-only";
import { type MatchExtended, type TranslationKeys, ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { NORWEGIAN_PASSWORD_WORDS } from "./norwegian-password-words";

/** zxcvbn's scale is 0–4; 3 means "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

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

/** "høst" is typed "host" or "hoest" as often as not: each word also in its spellings without æ, ø, å. */
function withAsciiSpellings(words: readonly string[]): string[] {
  const spellings = words.flatMap((word) => [
    word,
    word.replaceAll("æ", "ae").replaceAll("ø", "o").replaceAll("å", "a"),
    word.replaceAll("æ", "ae").replaceAll("ø", "oe").replaceAll("å", "aa"),
  ]);
  return [...new Set(spellings)];
}

const estimator = new ZxcvbnFactory({
  dictionary: {
    ...common.dictionary,
    ...english.dictionary,
    norwegian: withAsciiSpellings(NORWEGIAN_PASSWORD_WORDS),
  },
  graphs: common.adjacencyGraphs,
  translations: NORWEGIAN,
});

/** The context words every password is checked against, besides the user's own details. */
const SERVICE_WORDS = ["klarkraft", "minside", "min side"];

/** Shorter names ("Ola") occur inside too many ordinary words to forbid. */
const MIN_PERSONAL_WORD_LENGTH = 4;

/** Each word of the user's details: what an attacker targeting this person tries first. */
function personalWords(personal: readonly string[]): string[] {
  return personal
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= MIN_PERSONAL_WORD_LENGTH);
}

export const PADDED_WORD =
  "Passordet er et vanlig ord med tall eller tegn rundt, og slike passord er de første som blir prøvd. Velg en lengre setning eller flere ord som ikke hører sammen.";
export const REPEATED_WORD =
  "Passordet er det samme ordet gjentatt, og slike passord er de første som blir prøvd. Velg en lengre setning eller flere ord som ikke hører sammen.";

const LETTER = /\p{L}/u;
/** Fewer letters than this beside digits and symbols are no word to speak of ("8#a91!$k2@7&"). */
const MIN_WORD_LETTERS = 3;

/**
 * The dictionary words that hold every letter of zxcvbn's best reading of the password, in order
 * (a word repeated "SommerSommer" counts twice), or null when a letter falls outside any word. The
 * dictionary matcher has already undone case, leet-speak ("P4ssord") and reversal.
 */
function wordsHoldingLetters(sequence: readonly MatchExtended[]): string[] | null {
  const words: string[] = [];
  for (const match of sequence) {
    if (!LETTER.test(match.token)) continue;
    if (match.pattern === "dictionary") {
      words.push(String(match.matchedWord));
    } else if (match.pattern === "repeat" && typeof match.baseToken === "string") {
      const base = wordsHoldingLetters(estimator.check(match.baseToken).sequence);
      if (base === null) return null;
      for (let n = 0; n < Number(match.repeatCount); n++) words.push(...base);
    } else {
      return null;
    }
  }
  return words;
}

/**
 * What password sprayers try first: one word with a year, digits or symbols around it
 * ("Sommer2026!!", "P4ssord2026!!") or the same word twice ("Norge2026Norge"). zxcvbn scores these
 * as strong when the padding is long enough, so they are refused by their shape: every letter of
 * the password belongs to one dictionary word.
 */
function sprayedWord(password: string, sequence: readonly MatchExtended[]): string | null {
  const words = wordsHoldingLetters(sequence);
  if (!words || words.length === 0 || new Set(words).size !== 1) return null;
  if ([...password].filter((char) => LETTER.test(char)).length < MIN_WORD_LETTERS) return null;
  if (words.length > 1) return REPEATED_WORD;
  // A bare word is left to the score, which finds it weak by itself.
  return sequence.some((match) => !LETTER.test(match.token)) ? PADDED_WORD : null;
}

/**
 * Null when the password is strong enough, else a Norwegian sentence that says why not.
 * `personal` holds the user's own details (email local part, names): a password containing one is
 * refused outright (NIST SP 800-63B's "context-specific words"), however long the rest is.
 */
export function passwordWeakness(password: string, personal: readonly string[] = []): string | null {
  const lowered = password.toLowerCase();
  if (personalWords(personal).some((word) => lowered.includes(word))) return NORWEGIAN.warnings.userInputs;
  const result = estimator.check(password, [...personal, ...SERVICE_WORDS]);
  const sprayed = sprayedWord(password, result.sequence);
  if (sprayed) return sprayed;
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "Passordet er for lett å gjette.";
  const tip = result.feedback.suggestions[0] ?? NORWEGIAN.suggestions.useWords;
  return `${why} ${tip}`;
}

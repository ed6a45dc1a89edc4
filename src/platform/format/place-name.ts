// Place names for display. Elhub and Folkeregisteret write them in capitals ("MO I RANA"); we store
// what they send and show it as Norwegians write it ("Mo i Rana"). A name someone typed is kept.
import { inPeopleCase } from "./people-case";

/** Words written in lower case inside a place name ("Mo i Rana", "Bø i Telemark", "Nes på Hedmarken"). */
const SMALL_WORDS = new Set(["i", "på", "og", "ved"]);

/** "OSLO" → "Oslo", "MO I RANA" → "Mo i Rana"; a name not all in capitals is returned as it is. */
export function placeName(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return inPeopleCase(value)
    .split(" ")
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word))
    .join(" ");
}

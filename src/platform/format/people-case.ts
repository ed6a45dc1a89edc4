// Names and addresses as people write them: Folkeregisteret writes in capitals.

/** "KARI-ANNE" → "Kari-Anne": a word in capitals gets people's case; one with digits ("64B") is kept. */
export function inPeopleCase(value: string): string {
  return value
    .split(" ")
    .map((word) =>
      /\d/.test(word) || word !== word.toUpperCase()
        ? word
        : word
            .toLowerCase()
            .replace(/(^|[-'])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase()),
    )
    .join(" ");
}

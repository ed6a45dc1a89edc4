// Does the name a person typed match the name in Folkeregisteret? Tolerant of case, diacritics
// (é = e, ø = o, æ = ae, å = a), hyphens, spacing, and middle names left out or typed as part of the
// first or last name. Strict where it matters: the first given name and the last surname must match.

export interface TypedName {
  firstName: string;
  lastName: string;
}

export interface RegisteredName {
  firstName: string;
  middleName: string | null;
  lastName: string;
}

/** Lower case, no diacritics, words split on spaces and hyphens. */
export function nameTokens(value: string): string[] {
  return value
    .toLowerCase()
    .replaceAll("ø", "o")
    .replaceAll("æ", "ae")
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[\s\-‐‑–.,']+/u)
    .filter(Boolean);
}

export function namesMatch(typed: TypedName, registered: RegisteredName): boolean {
  const typedFirst = nameTokens(typed.firstName);
  const typedLast = nameTokens(typed.lastName);
  const regFirst = nameTokens(registered.firstName);
  const regLast = nameTokens(registered.lastName);
  const known = new Set([...regFirst, ...nameTokens(registered.middleName ?? ""), ...regLast]);
  if (typedFirst.length === 0 || typedLast.length === 0) return false;
  if (typedFirst[0] !== regFirst[0]) return false;
  if (typedLast.at(-1) !== regLast.at(-1)) return false;
  return [...typedFirst, ...typedLast].every((token) => known.has(token));
}

/** A database row as text (audit ids are BigInts), to search it for personal data. */
export function asText(row: object): string {
  return JSON.stringify(row, (_, value) => (typeof value === "bigint" ? value.toString() : value));
}

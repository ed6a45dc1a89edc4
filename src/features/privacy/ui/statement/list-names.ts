const listFormat = new Intl.ListFormat("nb-NO", { style: "long", type: "conjunction" });

/** "a, b og c" */
export function listNames(names: readonly string[]): string {
  return listFormat.format(names);
}

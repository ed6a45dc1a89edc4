// Deletes cookies on this site whose names start with one of the given prefixes: whatever domain a
// tracker gave them (this host or a parent domain) and with or without a Domain attribute.
export function removeCookies(prefixes: readonly string[]): void {
  if (prefixes.length === 0) return;
  const labels = location.hostname.split(".");
  const domains = [""];
  for (let i = 0; i < labels.length - 1; i++) domains.push(`; domain=${labels.slice(i).join(".")}`);
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0]?.trim() ?? "";
    if (!prefixes.some((prefix) => name.startsWith(prefix))) continue;
    for (const domain of domains) {
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox, and this only deletes.
      document.cookie = `${name}=; max-age=0; path=/${domain}`;
    }
  }
}

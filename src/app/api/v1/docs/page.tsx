import type { Metadata } from "next";
import { API_ENDPOINTS, createApiDocument } from "@/features/personal-api";
import { ApiDocs } from "@/features/personal-api/ui";

export const metadata: Metadata = {
  title: "API for dine egne data",
  description: "Hent forbruket, spotprisene, avtalene og fakturaene dine med en personlig API-nøkkel.",
};

/** The API's documentation for people, from the same OpenAPI document the API serves. */
export default function ApiDocsPage() {
  const examples = new Map(API_ENDPOINTS.map((endpoint) => [endpoint.path, endpoint.exampleQuery]));
  return <ApiDocs document={createApiDocument()} exampleQueries={examples} />;
}

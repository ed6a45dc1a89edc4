import type { TestProject } from "vitest/node";
import { createDatabaseTemplate, type DatabaseTemplate, dropDatabaseTemplate } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

export default async function setup(project: TestProject) {
  const template = await createDatabaseTemplate(process.env.DATABASE_URL || undefined);
  console.log(`integration tests run on ${template.kind === "postgres" ? "PostgreSQL" : "embedded PGlite"}`);
  project.provide("databaseTemplate", template);
  return () => dropDatabaseTemplate(template);
}

import { defineConfig } from "prisma/config";

// Prisma 7 does not load .env, and env("DATABASE_URL") would make `generate` fail when it is unset.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

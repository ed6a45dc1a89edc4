// Scripts read .env like Next.js does (Prisma 7 and tsx do not). Import this first.
import fs from "node:fs";

for (const file of [".env.local", ".env"]) {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

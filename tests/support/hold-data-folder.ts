// A process that opens an embedded data folder as the portal does, for the lock tests. It prints
// "ready <pid>" once open, then takes commands on stdin, one a line: "write <text>" inserts a row and
// prints "wrote <text>" after the commit; "close" closes the database and exits. Refused, it prints
// the refusal to stderr and exits with status 3.
import readline from "node:readline";
import { openDatabase } from "@/platform/database/connection";
import { DataFolderInUseError } from "@/platform/database/data-folder-lock";

const dataDir = process.argv[2] as string;
let connection: ReturnType<typeof openDatabase>;
try {
  connection = openDatabase({ dataDir });
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(error.message);
  process.exit(3);
}
await connection.prisma.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS lock_test_note (text text NOT NULL)");
console.log(`ready ${process.pid}`);

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.startsWith("write ")) {
    const text = line.slice("write ".length);
    await connection.prisma.$executeRaw`INSERT INTO lock_test_note (text) VALUES (${text})`;
    console.log(`wrote ${text}`);
  } else if (line === "close") {
    await connection.close();
    process.exit(0);
  }
}

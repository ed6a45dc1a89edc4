// One of several processes racing for a data folder's lock (tests/integration/data-folder-lock.test.ts):
// prints "won" and holds the lock for two seconds, or prints "refused".
import { DataFolderInUseError, lockDataFolder } from "@/platform/database/data-folder-lock";

try {
  const lock = lockDataFolder(process.argv[2] as string);
  console.log("won");
  await new Promise((resolve) => setTimeout(resolve, 2000));
  lock.release();
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.log("refused");
}

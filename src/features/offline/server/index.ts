import "server-only";

export { offlineOwnerKey } from "./owner-key";

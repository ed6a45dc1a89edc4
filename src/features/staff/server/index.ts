import "server-only";

export type { Admin } from "./admin";
export { assertAdmin } from "./admin";
export { createStaff, deactivateStaff, listStaff, reactivateStaff, staffDisplayName } from "./staff-accounts";

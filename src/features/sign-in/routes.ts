import "server-only";

// What routes (pages, actions, route handlers) use of sign-in: who is signed in, and next-auth itself.
// Kept apart from server/index.ts so that services, jobs and command-line scripts never load next-auth.
export { authRouteHandlers } from "./server/auth-route";
export { takeIdentifiedPerson } from "./server/bankid-handoff";
export { type BankIdPurpose, rememberBankIdIntent } from "./server/bankid-intent";
export { goToBankId } from "./server/bankid-start";
export { handlers, signIn, signOut } from "./server/config";
export {
  getSession,
  getSessionUser,
  requireCustomer,
  requireFreshStrongAuth,
  requireSignedIn,
  requireStaff,
} from "./server/guards";
export { signOutAction } from "./server/sign-out-action";

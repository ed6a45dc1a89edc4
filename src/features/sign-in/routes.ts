import "server-only";

// What routes (pages, actions, route handlers) use of sign-in: who is signed in, and next-auth itself.
// Kept apart from server/index.ts so that services, jobs and command-line scripts never load next-auth.
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

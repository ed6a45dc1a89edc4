// What the browser suite's account fixtures ask for and get back (fixture-channel.ts, accounts.ts).

export interface Account {
  email: string;
  password: string;
  /** The name the portal shows for the account. */
  name: string;
  userId: string;
  /** Where a signed-in session of this account lands: /min-side or /admin. */
  home: string;
  /** Customers: their synthetic national ID, to pick at the local BankID provider. */
  nationalId?: string;
  /** Staff, and customers made with `app: true`: the secret the app was set up with. */
  totpSecret?: string;
}

export interface CustomerOptions {
  /** The demo customer (first name) whose address, metering point and contract the new one gets. */
  like?: string;
  /** Whether the customer has turned on the second factor (the authenticator app); default false. */
  app?: boolean;
  /** Whether the contract ended a month ago (nothing supplies them, so erasure is open); default false. */
  ended?: boolean;
  /**
   * A customer just signed up, as after "Bli kunde": contract and supply start in three days, and the
   * metering point has its own 13 months of Elhub history before that (theirs, not our supply).
   */
  joining?: boolean;
  /**
   * A new customer: the contract was concluded this many days ago and, at their request, started within
   * the withdrawal period two days later (or today, if that is sooner). Default: concluded 14 days before
   * it started (400 days ago, or in three days when `joining`).
   */
  concludedDaysAgo?: number;
  /**
   * Hourly readings on the customer's own metering point for all of their supply, up to the last whole
   * hour, so that the billing run can invoice their past months; default false (no readings).
   */
  readings?: boolean;
}

export interface SignInOptions {
  /**
   * A session that proved its holder strongly at sign-in, as BankID does (strongAuthAt now): for tests
   * of what step-up protects (downloads, erasure, login details), not of step-up itself.
   */
  strong?: boolean;
}

export interface StaffOptions {
  role: "SUPPORT" | "ADMIN";
  /** Whether the authenticator app is set up already (default); false: the first sign-in sets it up. */
  app?: boolean;
}

export interface SessionCookie {
  name: string;
  value: string;
}

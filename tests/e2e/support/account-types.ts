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
  /** Staff with the app set up: the secret the app was set up with. */
  totpSecret?: string;
}

export interface CustomerOptions {
  /** The demo customer (first name) whose address, metering point and contract the new one gets. */
  like?: string;
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

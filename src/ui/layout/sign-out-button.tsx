import { signOutAction } from "@/features/sign-in/routes";

/** A real form post, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 sm:px-4 sm:py-2 sm:text-base"
      >
        Logg ut
      </button>
    </form>
  );
}

import { durationText, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "@/features/sign-in";
import type { ActiveSession } from "@/features/sign-in/server";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

/** "Innloggede enheter": where the account is signed in now, and one button to end all of it. */
export function ActiveSessions({ sessions }: { sessions: ActiveSession[] }) {
  return (
    <Card aria-labelledby="innloggede-enheter">
      <h2 id="innloggede-enheter" className="text-xl font-semibold text-slate-900">
        Innloggede enheter
      </h2>
      <p className="mt-2 text-slate-700">
        Du logges ut automatisk etter {durationText(SESSION_IDLE_MINUTES.customer)} uten aktivitet, og senest{" "}
        {durationText(SESSION_MAX_HOURS * 60)} etter at du logget inn. Kjenner du ikke igjen en enhet, logg ut
        overalt og bytt passord.
      </p>
      <ul className="mt-4 divide-y divide-slate-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-col gap-1 py-3">
            <p className="font-medium">
              {session.deviceLabel} {session.current && <Badge tone="success">Denne enheten</Badge>}
            </p>
            <p className="text-sm text-slate-700">
              Logget inn {osloDateTime(session.createdAt)}. Sist aktiv {osloDateTime(session.lastSeenAt)}.
            </p>
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <SignOutEverywhereForm />
      </div>
    </Card>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FormState } from "@/platform/form-state";
import { FormStatus } from "@/ui/forms/form-status";
import {
  endpointFingerprint,
  type PushSupport,
  pushSupport,
  subscribeHere,
  subscriptionForm,
  workerRegistration,
} from "./browser-push";
import { turnOffNotifications, turnOnNotifications } from "./notification-actions";
import { type DeviceRow, NotificationDeviceList } from "./notification-device-list";

const BUTTON =
  "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-70";
const NOT_READY = "Nettleseren er ikke klar til å ta imot varsler ennå. Last siden på nytt og prøv igjen.";
const DENIED =
  "Nettleseren har ikke lov til å vise varsler fra Min side. Gi lov i nettleserens innstillinger for dette nettstedet, og prøv igjen.";

function failure(formError: string): FormState {
  return { ok: false, fieldErrors: {}, formError };
}

/** The form has no visible fields: a refused subscription is told by its own message, not "check the fields". */
function asShown(result: FormState): FormState {
  if (result?.ok !== false) return result;
  return failure(Object.values(result.fieldErrors).flat()[0] ?? result.formError);
}

/** "Denne enheten": can this browser get notifications, and turning them on or off here. */
export function ThisDeviceNotifications({
  vapidPublicKey,
  devices,
}: {
  vapidPublicKey: string;
  devices: DeviceRow[];
}) {
  const router = useRouter();
  const [support, setSupport] = useState<PushSupport | "checking">("checking");
  const [permission, setPermission] = useState<NotificationPermission>("default");
  const [here, setHere] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<FormState>(null);

  useEffect(() => {
    const found = pushSupport();
    setSupport(found);
    if (found !== "supported") return;
    setPermission(Notification.permission);
    navigator.serviceWorker
      .getRegistration()
      .then((registration) => registration?.pushManager.getSubscription())
      .then(async (subscription) =>
        setHere(subscription ? await endpointFingerprint(subscription.endpoint) : null),
      )
      .catch(() => setHere(null));
  }, []);

  const onHere = here !== null && devices.some((device) => device.fingerprint === here);

  async function turnOn() {
    const granted = await Notification.requestPermission();
    setPermission(granted);
    if (granted !== "granted") return setState(failure(DENIED));
    const registration = await workerRegistration();
    if (!registration) return setState(failure(NOT_READY));
    const subscription = await subscribeHere(registration, vapidPublicKey);
    const result = await turnOnNotifications(null, subscriptionForm(subscription));
    if (result?.ok) setHere(await endpointFingerprint(subscription.endpoint));
    setState(asShown(result));
  }

  async function turnOff() {
    const registration = await navigator.serviceWorker.getRegistration();
    const subscription = await registration?.pushManager.getSubscription();
    if (!subscription) return setState({ ok: true, message: "Varsler er slått av for denne enheten." });
    const form = new FormData();
    form.set("endpoint", subscription.endpoint);
    await subscription.unsubscribe();
    setHere(null);
    setState(await turnOffNotifications(null, form));
  }

  function run(step: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setState(null);
    step()
      .catch(() => setState(failure(NOT_READY)))
      .finally(() => {
        setBusy(false);
        router.refresh();
      });
  }

  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-lg font-semibold text-slate-900">Denne enheten</h3>
      <FormStatus state={state} />
      <SupportText support={support} permission={permission} on={onHere} />
      {support === "supported" && permission !== "denied" && (
        <div>
          <button
            type="button"
            className={BUTTON}
            aria-disabled={busy}
            onClick={() => run(onHere ? turnOff : turnOn)}
          >
            {busy
              ? "Vent litt …"
              : onHere
                ? "Slå av varsler på denne enheten"
                : "Slå på varsler på denne enheten"}
          </button>
        </div>
      )}
      <NotificationDeviceList devices={devices} here={here} />
    </div>
  );
}

function SupportText({
  support,
  permission,
  on,
}: {
  support: PushSupport | "checking";
  permission: NotificationPermission;
  on: boolean;
}) {
  const text =
    support === "checking"
      ? "Sjekker om denne nettleseren kan vise varsler …"
      : support === "ios-needs-install"
        ? "På iPhone og iPad kan Min side sende varsler når du har lagt den til på Hjem-skjermen: trykk Del-knappen i Safari, velg «Legg til på Hjem-skjerm», og åpne Min side derfra."
        : support === "unsupported"
          ? "Denne nettleseren kan ikke vise varsler fra nettsider. Prøv en nyere versjon av Chrome, Edge, Firefox eller Safari."
          : permission === "denied"
            ? DENIED
            : on
              ? "Varsler er slått på for denne enheten."
              : "Varsler er ikke slått på for denne enheten. Nettleseren spør deg om lov først.";
  return <p className="text-slate-700">{text}</p>;
}

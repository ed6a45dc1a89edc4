import type { NotificationSettings } from "@/features/notifications/server";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { NotificationChoicesForm } from "./notification-choices-form";
import { TestNotificationForm } from "./test-notification-form";
import { ThisDeviceNotifications } from "./this-device-notifications";

/** "Varsler": notifications on this device, the customer's devices, and which kinds they want. */
export function NotificationsCard({ settings }: { settings: NotificationSettings }) {
  const devices = settings.devices.map((device) => ({
    id: device.id,
    deviceLabel: device.deviceLabel,
    fingerprint: device.fingerprint,
    since: osloDateTime(device.createdAt),
    lastSuccess: device.lastSuccessAt ? osloDateTime(device.lastSuccessAt) : null,
  }));
  return (
    <Card aria-labelledby="varsler">
      <h2 id="varsler" className="text-xl font-semibold text-slate-900">
        Varsler
      </h2>
      <p className="mt-2 text-slate-700">
        Få beskjed på mobilen eller datamaskinen når noe skjer. Varslene sier bare hva som har skjedd, aldri
        beløp eller andre opplysninger om deg, og du kan slå dem av når du vil.
      </p>
      {settings.restricted && (
        <p className="mt-2 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
          Du har begrenset behandlingen av opplysningene dine, så vi sender ingen varsler nå.
        </p>
      )}
      <div className="mt-4 flex flex-col gap-6">
        {settings.vapidPublicKey ? (
          <ThisDeviceNotifications vapidPublicKey={settings.vapidPublicKey} devices={devices} />
        ) : (
          <p className="text-slate-700">Varsler er ikke satt opp på denne serveren ennå.</p>
        )}
        <NotificationChoicesForm choices={settings.choices} />
        {devices.length > 0 && <TestNotificationForm />}
      </div>
    </Card>
  );
}

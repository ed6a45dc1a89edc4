"use client";

import { Badge } from "@/ui/badge";
import { ActionForm } from "@/ui/forms/action-form";
import { removeDevice } from "./notification-actions";

/** A device as the card shows it: times already worded on the server. */
export interface DeviceRow {
  id: string;
  deviceLabel: string;
  fingerprint: string;
  since: string;
  lastSuccess: string | null;
}

/** The customer's devices with notifications on; `here`: this browser's fingerprint, if it has one. */
export function NotificationDeviceList({ devices, here }: { devices: DeviceRow[]; here: string | null }) {
  if (devices.length === 0) {
    return <p className="text-slate-700">Du har ikke slått på varsler på noen enhet.</p>;
  }
  return (
    <div>
      <h3 className="text-lg font-semibold text-slate-900">Enheter som får varsler</h3>
      <ul className="mt-2 divide-y divide-slate-200">
        {devices.map((device) => (
          <li key={device.id} className="flex flex-col gap-2 py-3">
            <p className="font-medium">
              {device.deviceLabel}{" "}
              {device.fingerprint === here && <Badge tone="success">Denne enheten</Badge>}
            </p>
            <p className="text-sm text-slate-700">
              Slått på {device.since}.{" "}
              {device.lastSuccess ? `Sist varslet ${device.lastSuccess}.` : "Ikke varslet ennå."}
            </p>
            <ActionForm action={removeDevice} submitLabel="Fjern enheten" pendingLabel="Fjerner …">
              {() => <input type="hidden" name="id" value={device.id} />}
            </ActionForm>
          </li>
        ))}
      </ul>
    </div>
  );
}

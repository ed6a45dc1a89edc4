"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { sendTestNotification } from "./notification-actions";

export function TestNotificationForm() {
  return (
    <ActionForm action={sendTestNotification} submitLabel="Send en testvarsel" pendingLabel="Sender …">
      {() => null}
    </ActionForm>
  );
}

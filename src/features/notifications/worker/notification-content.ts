// What a push becomes on the device: the payload parsed as the server wrote it (domain/push-message.ts),
// and where a tap may lead. A payload that is not a Min side message shows nothing.
import { appIconPath } from "@/features/offline";
import { ZPushMessage } from "../domain/push-message";

export interface ShownNotification {
  title: string;
  options: { body: string; icon: string; badge: string; tag?: string; lang: string; data: { url: string } };
}

export function notificationFromPush(text: string | undefined): ShownNotification | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const message = ZPushMessage.safeParse(json);
  if (!message.success) return null;
  const { title, body, url, tag } = message.data;
  return {
    title,
    options: {
      body,
      icon: appIconPath("ikon-192.png"),
      badge: appIconPath("ikon-192.png"),
      ...(tag ? { tag } : {}),
      lang: "nb-NO",
      data: { url },
    },
  };
}

/** The page a tap opens: a Min side path on this origin, else Min side's front page. */
export function clickTarget(data: unknown, origin: string): string {
  const url = typeof data === "object" && data !== null ? (data as { url?: unknown }).url : undefined;
  if (typeof url === "string" && url.startsWith("/min-side") && !url.startsWith("//")) {
    const target = new URL(url, origin);
    if (target.origin === origin) return target.href;
  }
  return new URL("/min-side", origin).href;
}

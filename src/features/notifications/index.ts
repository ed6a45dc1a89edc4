export type { NotificationKind } from "./domain/kinds";
export { isNotificationKind, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from "./domain/kinds";
export type { NotificationChoices } from "./domain/preferences";
export {
  NO_NOTIFICATIONS,
  PRICE_LEVEL_MAX_ORE,
  PRICE_LEVEL_MIN_ORE,
  ZNotificationChoices,
} from "./domain/preferences";
export type { PushMessage } from "./domain/push-message";
export { SEND_PUSH_JOB, TEST_PUSH_MESSAGE, ZPushMessage } from "./domain/push-message";
export type { BrowserSubscription } from "./domain/subscription";
export { ZBrowserSubscription, ZSubscriptionEndpoint } from "./domain/subscription";

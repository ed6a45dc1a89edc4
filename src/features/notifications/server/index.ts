import "server-only";

export type { DeliveryResult } from "./deliver-push";
export { deliverPush } from "./deliver-push";
export type { NotificationDevice } from "./list-devices";
export { listDevices } from "./list-devices";
export type { NotificationSettings } from "./notification-settings";
export { notificationSettings } from "./notification-settings";
export {
  notifyInquiryAnswered,
  notifyInvoiceIssued,
  notifyPrivacyRequestCompleted,
} from "./notify-events";
export { getNotificationChoices, updateNotificationChoices } from "./preferences";
export { queuePush, runSendPushJob } from "./queue-push";
export { removeSubscription } from "./remove-subscription";
export { saveSubscription } from "./save-subscription";
export type { TestPushResult } from "./send-test-push";
export { sendTestPush } from "./send-test-push";
export { subscriptionSchema } from "./subscriptions";
export type { TomorrowPricesRun } from "./tomorrow-prices";
export { notifyTomorrowsPrices } from "./tomorrow-prices";

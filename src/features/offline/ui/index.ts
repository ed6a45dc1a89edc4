export { OfflineBanner } from "./offline-banner";
export { OfflineOwner } from "./offline-owner";
export { ServiceWorkerRegistration } from "./service-worker-registration";

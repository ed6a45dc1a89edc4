export { ConsentHistory } from "./consent-history";
export { ConsentLayer } from "./consent-layer";
export { ConsentSettingsButton } from "./consent-settings-button";
export { ConsentSettingsForm } from "./consent-settings-form";
export { receiverOf } from "./tracker-descriptions";

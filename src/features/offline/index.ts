export {
  APP_ICONS,
  APP_NAME,
  APP_SHORT_NAME,
  APP_START_URL,
  type AppIcon,
  type AppIconName,
  appIconPath,
  BACKGROUND_COLOUR,
  THEME_COLOUR,
} from "./domain/app-identity";
export { copyTimeText } from "./domain/copy-time";
export { isOfflinePage, OFFLINE_FALLBACK_PATH } from "./domain/offline-pages";
export { OWNER_ATTRIBUTE, type PageOwner, readOwnerMarker, UNTIL_ATTRIBUTE } from "./domain/owner-marker";
export { personLeft } from "./domain/person-left";

export { UnreadNotices } from "./unread-notices";

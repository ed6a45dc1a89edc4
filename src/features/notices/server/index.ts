import "server-only";

export { createNotice, markNoticesRead } from "./notices";

import "server-only";

export { getCustomerProfile } from "./profile";

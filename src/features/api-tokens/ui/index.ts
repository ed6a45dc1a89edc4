export { CreatedToken } from "./created-token";

export { AccessReasonField } from "./access-reason-field";
export { OpenFromHere } from "./open-from-here";

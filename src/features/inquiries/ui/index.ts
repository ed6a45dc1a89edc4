export { ReplyForm } from "./reply-form";
export { ThreadMessages } from "./thread-messages";

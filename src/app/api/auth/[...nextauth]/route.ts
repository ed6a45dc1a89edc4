import { handlers } from "@/features/sign-in/routes";

export const { GET, POST } = handlers;

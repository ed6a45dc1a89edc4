import { authRouteHandlers } from "@/features/sign-in/routes";

export const { GET, POST } = authRouteHandlers;

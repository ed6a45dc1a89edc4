export {
  DISPLAY_NAME_MAX_LENGTH,
  STAFF_ROLES,
  ZStaffCreate,
  ZStaffTarget,
} from "./domain/staff-accounts";

export {
  DISPLAY_NAME_MAX_LENGTH,
  STAFF_ROLE_NAMES,
  STAFF_ROLES,
  ZStaffCreate,
  ZStaffTarget,
} from "./domain/staff-accounts";

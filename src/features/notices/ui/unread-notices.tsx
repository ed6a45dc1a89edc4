import { osloDateTime } from "@/platform/time/oslo-time";
import { listUnreadNotices } from "../server/notices";
import { NoticeList } from "./notice-list";

/** Unread notices above every Min side page; opening the page a notice links to marks it read. */
export async function UnreadNotices({ customerId }: { customerId: string }) {
  const notices = await listUnreadNotices(customerId);
  return (
    <NoticeList
      notices={notices.map((notice) => ({
        id: notice.id,
        text: notice.text,
        href: notice.href,
        createdAtIso: notice.createdAt.toISOString(),
        createdAtText: osloDateTime(notice.createdAt),
      }))}
    />
  );
}

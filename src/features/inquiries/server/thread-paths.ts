import "server-only";
// Where a thread is read: by the customer on Min side, by customer service, or through a mailed link.

export function customerThreadPath(inquiryId: string): string {
  return `/min-side/meldinger/${inquiryId}`;
}

export function staffThreadPath(inquiryId: string): string {
  return `/admin/meldinger/${inquiryId}`;
}

/** Where someone without a login reads their thread: the link mailed with the latest answer. */
export function linkThreadPath(token: string): string {
  return `/henvendelse/${token}`;
}

import { osloDateTime } from "@/platform/time/oslo-time";

export interface ThreadMessageView {
  id: string;
  fromCustomer: boolean;
  body: string;
  createdAt: Date;
}

/** A thread's messages, oldest first, each headed by who wrote it and when. */
export function ThreadMessages({
  messages,
  customerLabel,
}: {
  messages: readonly ThreadMessageView[];
  /** "Du" on Min side, "Kunden" for staff. */
  customerLabel: string;
}) {
  return (
    <ol className="space-y-4" aria-label="Meldinger i henvendelsen">
      {messages.map((message) => (
        <li
          key={message.id}
          className={`rounded-lg border p-4 ${message.fromCustomer ? "border-slate-200 bg-white" : "border-brand-200 bg-brand-50"}`}
        >
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">
              {message.fromCustomer ? customerLabel : "Klarkraft kundeservice"}
            </span>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            <time dateTime={message.createdAt.toISOString()}>{osloDateTime(message.createdAt)}</time>
          </p>
          <p className="mt-2 whitespace-pre-line break-words text-slate-900">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}

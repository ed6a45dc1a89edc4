import { CopyButton } from "@/ui/copy-button";

/** Code to copy (a curl command, a JSON body): scrolls sideways on a phone and can be reached by keyboard. */
export function CodeBlock({ id, label, code }: { id: string; label: string; code: string }) {
  return (
    <div className="space-y-2">
      <p id={id} className="text-sm font-semibold text-slate-700">
        {label}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section aria-labelledby={id} tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-3">
        <pre className="whitespace-pre-wrap break-all text-sm leading-relaxed text-slate-50">
          <code>{code}</code>
        </pre>
      </section>
      <CopyButton text={code} label={`Kopier: ${label}`} />
    </div>
  );
}

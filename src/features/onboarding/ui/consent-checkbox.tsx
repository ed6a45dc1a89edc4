/**
 * A consent the person must give, with what it is for read out with it (aria-describedby), and links to
 * the texts it accepts. A link opens in a new tab, and says so, so the form keeps what was typed.
 */
export function ConsentCheckbox({
  name,
  label,
  purpose,
  links = [],
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  purpose: string;
  links?: readonly { href: string; text: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  const id = `field-${name}`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        required
        defaultChecked={defaultValue === "on"}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[`${id}-purpose`, errorId].filter(Boolean).join(" ")}
        className="mt-1 size-5 shrink-0"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <p id={`${id}-purpose`} className="text-sm text-slate-700">
          {purpose}
        </p>
        {links.length > 0 && (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} target="_blank" rel="noopener" className="text-brand-700 underline">
                  {link.text} (åpnes i ny fane)
                </a>
              </li>
            ))}
          </ul>
        )}
        {errorId && (
          <p id={errorId} className="text-sm font-medium text-red-800">
            {errors?.join(" ")}
          </p>
        )}
      </div>
    </div>
  );
}

/** A consent the person must give, with what it is for read out with it (aria-describedby). */
export function ConsentCheckbox({
  name,
  label,
  purpose,
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  purpose: string;
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
        {errorId && (
          <p id={errorId} className="text-sm font-medium text-red-800">
            {errors?.join(" ")}
          </p>
        )}
      </div>
    </div>
  );
}

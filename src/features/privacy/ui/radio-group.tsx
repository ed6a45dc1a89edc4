/** A fieldset of radio buttons with its error line: for the staff forms of privacy cases. */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  errors?: string[];
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="flex items-start gap-2">
          <input
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
            className="mt-0.5 size-5 shrink-0"
          />
          {option.label}
        </label>
      ))}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** A checkbox the user ticks to confirm a step (posted as confirm=ja), with its error announced with it. */
export function ConfirmField({ id, label, errors }: { id: string; label: string; errors?: string[] }) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          value="ja"
          id={id}
          className="mt-1 h-5 w-5"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
        />
        <span>{label}</span>
      </label>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

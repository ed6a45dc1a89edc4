/**
 * Long numbers (målepunkt-ID) shown in groups for reading, with the gaps made by margins rather
 * than spaces so that copying gives the plain number a form or Elhub expects.
 */
export function DigitGroups({ value, size = 3 }: { value: string; size?: number }) {
  const groups = value.match(new RegExp(`.{1,${size}}`, "g")) ?? [value];
  return (
    <span className="font-mono tabular-nums">
      {groups.map((group, index) => (
        // Groups can repeat ("000"), so their position is the only stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: static, never reordered
        <span key={index} className={index < groups.length - 1 ? "mr-[0.4em]" : undefined}>
          {group}
        </span>
      ))}
    </span>
  );
}

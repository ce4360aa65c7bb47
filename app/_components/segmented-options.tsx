/** The radio choices of a segmented control (`.segmented`, app/styles/controls.css): each a pill, one lit. */
export function SegmentedOptions<V extends string | number>({
  name,
  options,
  value,
  onChange,
  testId,
}: {
  name: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  testId: (value: V) => string;
}) {
  return (
    <>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} data-testid={testId(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </>
  );
}

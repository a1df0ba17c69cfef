interface Option {
  value: string;
  label: string;
}

/** A labelled select bound to one URL key; `name` makes it work in a plain GET form too. */
export function SelectField(props: {
  label: string;
  name: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  className?: string;
  leading?: Option;
}) {
  const { label, name, value, options, onChange, className, leading } = props;
  return (
    <label className={className}>
      {label}
      <select
        name={name}
        value={value}
        data-testid={`control-${name}`}
        onChange={(e) => onChange(e.target.value)}
      >
        {[...(leading ? [leading] : []), ...options].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The style-control switch; disabled (with a reason) where the board has no such data. */
export function StyleControlToggle(props: {
  checked: boolean;
  available: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  const { checked, available, onChange, className } = props;
  return (
    <label
      className={className}
      title={available ? undefined : "No style-controlled data for this board"}
    >
      <input
        type="checkbox"
        name="sc"
        value="1"
        checked={checked}
        disabled={!available && !checked}
        data-testid="control-sc"
        onChange={(e) => onChange(e.target.checked)}
      />
      Style control
    </label>
  );
}

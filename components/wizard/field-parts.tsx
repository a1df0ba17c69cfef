import type { ReactNode } from "react";
import styles from "./wizard.module.css";

/** A labelled checkbox or radio with an optional hint, the unit every question is built from. */
export function Option({
  type,
  name,
  value,
  checked,
  label,
  hint,
  testId,
}: {
  type: "checkbox" | "radio";
  name: string;
  value: string;
  checked: boolean;
  label: ReactNode;
  hint?: ReactNode;
  testId: string;
}) {
  const id = `${name}-${value}`;
  return (
    <div className={styles.option}>
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        defaultChecked={checked}
        data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** One question's choices from a data list (lib/wizard/question-choices.ts). */
export function ChoiceList({
  type,
  name,
  choices,
  isChecked,
  testIdOf,
}: {
  type: "checkbox" | "radio";
  name: string;
  choices: readonly { value: string; label: string; hint?: string }[];
  isChecked: (value: string) => boolean;
  testIdOf: (value: string) => string;
}) {
  return choices.map((c) => (
    <Option
      key={c.value}
      type={type}
      name={name}
      value={c.value}
      checked={isChecked(c.value)}
      label={c.label}
      hint={c.hint}
      testId={testIdOf(c.value)}
    />
  ));
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A number (or short text) input with its label and hint. */
export function NumberField({
  name,
  label,
  value,
  hint,
  placeholder,
  step = "any",
  text = false,
}: {
  name: string;
  label: string;
  value: number | string | null;
  hint?: string;
  placeholder?: string;
  step?: string;
  text?: boolean;
}) {
  return (
    <label className={styles.field}>
      {label}
      <input
        name={name}
        type={text ? "text" : "number"}
        inputMode={text ? undefined : "decimal"}
        min={text ? undefined : 0}
        step={text ? undefined : step}
        defaultValue={value ?? ""}
        placeholder={placeholder}
        data-testid={`field-${name}`}
        aria-describedby={hint ? `${name}-hint` : undefined}
      />
      {hint && (
        <span id={`${name}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
    </label>
  );
}

export function SelectField({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className={styles.field}>
      {label}
      <select name={name} defaultValue={value} data-testid={`field-${name}`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

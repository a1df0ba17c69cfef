"use client";

import { useId, useState, type KeyboardEvent, type Ref } from "react";
import { type LicenceClass } from "@/lib/domain";
import { LICENCE_CLASS_LABELS } from "@/lib/labels";
import styles from "./model-picker.module.css";
import { useModelSearch } from "./use-model-search";

export interface PickerOption {
  slug: string;
  name: string;
  organization: string | null;
  licenceClass: LicenceClass;
  /** Shown beside the name when another model reads alike (organisation, date or slug). */
  qualifier?: string | null;
  /** First available, so dated variants of one family read apart. */
  since?: string | null;
}

interface Props {
  exclude: readonly string[];
  disabled?: boolean;
  label?: string;
  onPick: (slug: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * An ARIA 1.2 combobox: type to filter, arrows to move, Enter to pick, Escape to close or clear.
 * Focus stays in the input; the highlighted option is announced via aria-activedescendant.
 * Nothing is highlighted until an arrow key moves, so ArrowDown then Enter picks the first match.
 */
export function ModelPicker({
  exclude,
  disabled = false,
  label = "Add a model",
  onPick,
  ref,
}: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useModelSearch(query, exclude);
  const matches = search.matches;
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  const pick = (o: PickerOption) => {
    onPick(o.slug);
    setQuery("");
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const last = matches.length - 1;
      const down = e.key === "ArrowDown";
      if (!open) setOpen(true);
      // From no highlight, down goes to the first match and up to the last (APG combobox).
      setActive((a) =>
        a < 0 || !open ? (down ? 0 : last) : Math.min(Math.max(a + (down ? 1 : -1), 0), last),
      );
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (search.status === "error") return search.retry();
      // With nothing highlighted, Enter takes the first match, as typing a name then Enter expects.
      const o = matches[Math.max(active, 0)];
      // Enter before the answer means "the first match of what I typed": wait for it.
      if (active < 0 && search.status === "loading")
        search.afterAnswer((answered) => answered[0] && pick(answered[0]));
      else if (expanded && o) pick(o);
    } else if (e.key === "Escape") {
      if (open) setOpen(false);
      else setQuery("");
      setActive(-1);
    }
  };

  const note =
    !open || !query.trim()
      ? null
      : search.status === "error"
        ? search.error
        : search.status === "ready" && matches.length === 0
          ? `No rated model matches “${query.trim()}”.`
          : search.status === "loading" && matches.length === 0
            ? "Searching…"
            : null;

  return (
    <div className={styles.picker} data-picker="">
      <label htmlFor={`${id}-input`} className={styles.pickerLabel}>
        {label}
      </label>
      <input
        ref={ref}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={disabled ? `${id}-full` : undefined}
        placeholder="Search by name or organisation"
        value={query}
        disabled={disabled}
        data-testid="model-picker-input"
        onChange={(e) => {
          search.cancelAfterAnswer();
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching models"
        className={styles.listbox}
        hidden={!expanded}
        aria-busy={search.status === "loading"}
        data-testid="model-picker-list"
      >
        {matches.map((o, i) => (
          <li
            key={o.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            data-slug={o.slug}
            data-testid="model-picker-option"
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span>
              {o.name}
              {o.qualifier && (
                <span className={styles.qualifier} data-testid="option-qualifier">
                  {" "}
                  ({o.qualifier})
                </span>
              )}
            </span>
            <span className={styles.optionMeta}>
              {[
                o.organization ?? "unknown organisation",
                LICENCE_CLASS_LABELS[o.licenceClass],
                o.since ? `since ${o.since.slice(0, 7)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      {note && (
        <p className={styles.note} data-testid="model-picker-note" data-status={search.status}>
          {note}
          {search.status === "error" && (
            <>
              {" "}
              <button
                type="button"
                tabIndex={-1}
                className={styles.retry}
                // mousedown, not click: keeps focus (and the typed query) in the input.
                onMouseDown={(e) => {
                  e.preventDefault();
                  search.retry();
                }}
              >
                Try again
              </button>{" "}
              (or press Enter)
            </>
          )}
        </p>
      )}
      <span role="status" className="sr-only">
        {open && query && search.status === "ready" ? `${matches.length} matching models` : ""}
        {open && search.status === "error" ? search.error : ""}
      </span>
      {disabled && (
        <span id={`${id}-full`} className="muted">
          Remove a model to add another.
        </span>
      )}
    </div>
  );
}

"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { suggestModels } from "@/lib/models/suggest-models";
import { ModelPicker, type PickerOption } from "@/components/compare/model-picker";

/**
 * The not-found page gets no route params, so the asked-for slug is read from the path (this
 * also runs during server rendering, so the suggestions are in the HTML without JavaScript).
 */
export function ModelNotFound({ options }: { options: PickerOption[] }) {
  const pathname = usePathname();
  const router = useRouter();
  const raw = pathname.split("/").filter(Boolean).at(-1) ?? "";
  let asked = raw;
  try {
    asked = decodeURIComponent(raw);
  } catch {}
  const suggestions = suggestModels(asked, options);
  return (
    <>
      <p data-testid="not-found-slug">
        OpenGap has no model called <code>{asked}</code>.
      </p>
      {suggestions.length > 0 && (
        <>
          <p>Did you mean:</p>
          <ul data-testid="not-found-suggestions">
            {suggestions.map((s) => (
              <li key={s.slug}>
                <Link href={`/models/${s.slug}`}>{s.name}</Link>{" "}
                <span className="muted">({s.organization ?? "unknown organisation"})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ModelPicker
        options={options}
        exclude={[]}
        label="Search all models"
        onPick={(slug) => router.push(`/models/${slug}`)}
      />
    </>
  );
}

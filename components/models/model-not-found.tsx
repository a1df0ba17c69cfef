"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ModelOption } from "@/lib/models/suggest-models";
import { ModelPicker } from "@/components/compare/model-picker";

/** What was asked for, the closest names (chosen on the server) and a search of every model. */
export function ModelNotFound({
  asked,
  suggestions,
}: {
  asked: string;
  suggestions: readonly ModelOption[];
}) {
  const router = useRouter();
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
        exclude={[]}
        label="Search all models"
        onPick={(slug) => router.push(`/models/${slug}`)}
      />
    </>
  );
}

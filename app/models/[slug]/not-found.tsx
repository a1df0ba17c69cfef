import Link from "next/link";
import { headers } from "next/headers";
import { getModelOptions } from "@/db/queries/models";
import { ModelNotFound } from "@/components/models/model-not-found";
import { suggestModels } from "@/lib/models/suggest-models";
import { lastPathSegment, REQUEST_PATH_HEADER } from "@/lib/url/request-path";

/**
 * Unknown model slug: a 404 that says what was asked for and helps find the right model. The
 * suggestions are picked here, so the page carries five models rather than every rated one.
 */
export default async function ModelNotFoundPage() {
  const asked = lastPathSegment((await headers()).get(REQUEST_PATH_HEADER) ?? "");
  const suggestions = suggestModels(asked, getModelOptions()).map(
    ({ slug, name, organization }) => ({ slug, name, organization }),
  );
  return (
    <main data-testid="model-not-found">
      <h1>Model not found</h1>
      <ModelNotFound asked={asked} suggestions={suggestions} />
      <p className="muted">
        Model pages live at <code>/models/&lt;slug&gt;</code>, e.g.{" "}
        <Link href="/models/gpt-4o-2024-05-13">/models/gpt-4o-2024-05-13</Link>. You can also{" "}
        <Link href="/compare">compare models</Link> or go back to <Link href="/">the gap</Link>.
      </p>
    </main>
  );
}

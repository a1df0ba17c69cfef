import Link from "next/link";
import { getModelOptions } from "@/db/queries/models";
import { ModelNotFound } from "@/components/models/model-not-found";

/** Unknown model slug: a 404 that says what was asked for and helps find the right model. */
export default function ModelNotFoundPage() {
  const options = getModelOptions().map(({ slug, name, organization, licenceClass }) => ({
    slug,
    name,
    organization,
    licenceClass,
  }));
  return (
    <main data-testid="model-not-found">
      <h1>Model not found</h1>
      <ModelNotFound options={options} />
      <p className="muted">
        Model pages live at <code>/models/&lt;slug&gt;</code>, e.g.{" "}
        <Link href="/models/gpt-4o-2024-05-13">/models/gpt-4o-2024-05-13</Link>. You can also{" "}
        <Link href="/compare">compare models</Link> or go back to <Link href="/">the gap</Link>.
      </p>
    </main>
  );
}

import Link from "next/link";
import { wizardHref } from "@/app/wizard/search-params";
import type { WizardAnswers } from "@/lib/wizard/answers";
import type { Relaxation } from "@/lib/wizard/rank-shortlist";
import { CHECK_LABELS, relaxAnswers } from "@/lib/wizard/relax-answers";
import styles from "@/components/wizard/result.module.css";

/** Nothing passes: which requirement rules everything out, and what dropping each would give. */
export function Relaxations({
  relaxations,
  answers,
  total,
}: {
  relaxations: Relaxation[];
  answers: WizardAnswers;
  /** Rated models considered. */
  total: number;
}) {
  const opening = relaxations.filter((r) => r.count > 0);
  const lead =
    opening.length === 1
      ? `“${CHECK_LABELS[opening[0]!.check]}” is what rules everything out.`
      : opening.length > 1
        ? `Dropping any one of ${opening.map((r) => `“${CHECK_LABELS[r.check]}”`).join(", ")} would leave options.`
        : "No single requirement is to blame: at least two must be relaxed together.";
  return (
    <section className="warning" data-testid="relaxations" aria-labelledby="relax-heading">
      <h2 id="relax-heading">No option meets every requirement</h2>
      <p data-testid="relax-lead">{lead}</p>
      <ul className={styles.relax}>
        {relaxations.map((r) => {
          const next = relaxAnswers(answers, r.check);
          return (
            <li key={r.check} data-testid={`relax-${r.check}`}>
              <strong>Without “{CHECK_LABELS[r.check]}”</strong> (it rules out {r.failing} of{" "}
              {total} rated models):{" "}
              {r.count > 0 ? (
                <>
                  {r.count} option{r.count === 1 ? "" : "s"}, led by{" "}
                  {r.top
                    .map((t) => `${t.name} (${t.route === "api" ? "API" : "self-hosted"})`)
                    .join(", ")}
                  .{" "}
                  {next && (
                    <Link href={wizardHref(next, "result")} data-testid={`relax-link-${r.check}`}>
                      Show that shortlist
                    </Link>
                  )}
                </>
              ) : (
                "still nothing on its own."
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import type { WizardAnswers } from "@/lib/wizard/answers";
import type { WizardResult } from "@/lib/wizard/recommend-models";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { AnswersSummary } from "@/app/wizard/_components/answers-summary";
import { Relaxations } from "@/app/wizard/_components/relaxations";
import { ShortlistEntry } from "@/components/wizard/shortlist-entry";
import styles from "@/components/wizard/result.module.css";

/** The shortlist page: what was asked, which snapshots judge it, the picks or the what-ifs. */
export function ResultView({ answers, result }: { answers: WizardAnswers; result: WizardResult }) {
  const total = result.candidates.length;
  return (
    <section aria-labelledby="result-heading" data-testid="wizard-result">
      <h2 id="result-heading" tabIndex={-1}>
        Your shortlist
      </h2>
      <AnswersSummary answers={answers} />
      <h3>Where the ratings come from</h3>
      <ul className={styles.boards} data-testid="board-sources">
        {result.boards.map((b) => (
          <li key={`${b.arena}:${b.category}`}>
            <strong>{b.label}</strong>:{" "}
            {b.snapshot ? (
              <>
                {b.snapshot.sourceName}, snapshot of {b.snapshot.date}
                {b.snapshot.styleControl ? " (style control on)" : ""}, {b.snapshot.modelCount}{" "}
                models rated; best {b.best?.name} at {Math.round(b.best?.rating ?? 0)}.
              </>
            ) : (
              "no leaderboard data for this board yet."
            )}
          </li>
        ))}
      </ul>
      <p className="muted">
        Ratings and gaps are compared only within each board&apos;s one snapshot; different sources
        use different scales.{" "}
        {result.unknownLicence > 0 &&
          `${result.unknownLicence} rated models with an unknown licence (unreleased or experimental) are left out. `}
        <span data-testid="passing-count">
          {result.passing} of {total} rated models meet every requirement.
        </span>
      </p>
      <CopyLinkButton label="Copy link to this shortlist" />
      {total === 0 ? (
        <div className="card" role="status" data-testid="wizard-empty">
          <strong>No leaderboard data for these tasks yet.</strong> Run <code>npm run db:seed</code>{" "}
          to load the bundled history, or <code>npm run ingest</code> to fetch it.
        </div>
      ) : result.shortlist.length > 0 ? (
        <div data-testid="shortlist">
          {result.shortlist.map((e) => (
            <ShortlistEntry
              key={e.candidate.profile.id}
              entry={e}
              boards={result.boards}
              answers={answers}
            />
          ))}
        </div>
      ) : (
        <Relaxations relaxations={result.relaxations} answers={answers} total={total} />
      )}
    </section>
  );
}

import { LANGUAGES, TASKS, type WizardAnswers } from "@/lib/wizard/answers";
import { TASK_BOARD_NOTES, TASK_LABELS } from "@/lib/wizard/task-boards";
import { PRIVACY_CHOICES, QUALITY_ANY, QUALITY_CHOICES } from "@/lib/wizard/question-choices";
import { ChoiceList, Fieldset, NumberField, Option } from "./field-parts";
import styles from "./wizard.module.css";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Step 1: what the model will mostly do, each task tied to the leaderboard that judges it. */
export function TaskFields({ answers }: { answers: WizardAnswers }) {
  return (
    <>
      <Fieldset legend="What will the model mostly do? Pick one or more.">
        {TASKS.map((t) => (
          <Option
            key={t}
            type="checkbox"
            name="task"
            value={t}
            checked={answers.tasks.includes(t)}
            label={TASK_LABELS[t]}
            hint={`Judged on: ${TASK_BOARD_NOTES[t]}`}
            testId={`task-${t}`}
          />
        ))}
        <div className={styles.langs}>
          <Fieldset legend="Multilingual: which languages?">
            <div className={styles.row}>
              {LANGUAGES.map((l) => (
                <Option
                  key={l}
                  type="checkbox"
                  name="lang"
                  value={l}
                  checked={answers.langs.includes(l)}
                  label={cap(l)}
                  testId={`lang-${l}`}
                />
              ))}
            </div>
          </Fieldset>
        </div>
      </Fieldset>
      <p className="muted">Nothing ticked counts as general chat.</p>
    </>
  );
}

/** Step 2: how close to the best model the pick must be. */
export function QualityFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="How good must it be?">
      <ChoiceList
        type="radio"
        name="q"
        choices={QUALITY_CHOICES}
        isChecked={(v) => answers.quality === v}
        testIdOf={(v) => `quality-${v}`}
      />
      <div className={styles.langs}>
        <NumberField
          name="qn"
          label="Points behind the best, at most"
          value={answers.within}
          step="1"
          hint="On arena ratings, 30 points means the better model wins about 54% of head-to-head votes."
        />
      </div>
      <ChoiceList
        type="radio"
        name="q"
        choices={[QUALITY_ANY]}
        isChecked={(v) => answers.quality === v}
        testIdOf={(v) => `quality-${v}`}
      />
    </Fieldset>
  );
}

/** Step 3: whether prompts may leave the organisation. */
export function DataFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="Must prompts and documents stay in-house (privacy, data residency)?">
      <ChoiceList
        type="radio"
        name="priv"
        choices={PRIVACY_CHOICES}
        isChecked={(v) => answers.privacy === (v === "1")}
        testIdOf={(v) => (v === "1" ? "privacy-yes" : "privacy-no")}
      />
    </Fieldset>
  );
}

import { GPU_CLASSES, type WizardAnswers } from "@/lib/wizard/answers";
import { GPU_CLASS_INFO } from "@/lib/wizard/gpu-classes";
import { Fieldset, NumberField, Option, SelectField } from "./field-parts";
import styles from "./wizard.module.css";

const GPU_OPTIONS = GPU_CLASSES.map((g) => ({
  value: String(g),
  label: `${g} GB (e.g. ${GPU_CLASS_INFO[g].example})`,
}));

/** Step 4: what the licence must allow. */
export function LicenceFields({ answers }: { answers: WizardAnswers }) {
  const has = (n: WizardAnswers["licence"][number]) => answers.licence.includes(n);
  return (
    <Fieldset legend="What must the licence allow? Tick all that apply.">
      <Option
        type="checkbox"
        name="lic"
        value="commercial"
        checked={has("commercial")}
        label="Commercial use"
        hint="In a product or service that earns money."
        testId="licence-commercial"
      />
      <Option
        type="checkbox"
        name="lic"
        value="derivatives"
        checked={has("derivatives")}
        label="Fine-tuning and distributing the derived weights"
        hint="Needs open weights whose licence allows derivatives."
        testId="licence-derivatives"
      />
      <Option
        type="checkbox"
        name="lic"
        value="osi"
        checked={has("osi")}
        label="OSI-approved open-source licence only"
        hint="Apache 2.0, MIT and the like; community licences with use restrictions do not count."
        testId="licence-osi"
      />
    </Fieldset>
  );
}

/** Step 5: money and volume, which together give every option's monthly cost. */
export function BudgetFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="Budget and expected volume">
      <NumberField
        name="budget"
        label="Budget, US dollars per month"
        value={answers.budget}
        placeholder="no limit"
        hint="Leave empty for no limit."
      />
      <NumberField
        name="vol"
        label="Tokens per month, in millions (input + output)"
        value={answers.volumeM}
        hint="100 = 100 million tokens, e.g. 50,000 requests of 2,000 tokens."
      />
    </Fieldset>
  );
}

/** Step 6: GPUs on hand and whether the team can run servers. */
export function InfraFields({ answers }: { answers: WizardAnswers }) {
  return (
    <>
      <Fieldset legend="GPUs you already have">
        <div className={styles.row}>
          <NumberField name="gpus" label="How many GPUs (0 = none)" value={answers.gpus} step="1" />
          <SelectField
            name="vram"
            label="Memory per GPU"
            value={String(answers.vram)}
            options={GPU_OPTIONS}
          />
        </div>
        <p className={styles.hint}>
          With none, self-hosting is costed on rented GPUs (class set in the assumptions on the
          result).
        </p>
      </Fieldset>
      <Fieldset legend="Can your team run inference servers?">
        <Option
          type="radio"
          name="ops"
          value="any"
          checked={answers.ops === "any"}
          label="Yes, we can run our own servers"
          hint="Managed APIs stay possible too."
          testId="ops-any"
        />
        <Option
          type="radio"
          name="ops"
          value="api"
          checked={answers.ops === "api"}
          label="No, managed APIs only"
          hint="Rules out self-hosting, and with it any requirement that data stay in-house."
          testId="ops-api"
        />
      </Fieldset>
    </>
  );
}

/** Step 7: latency and throughput targets (optional). */
export function TargetFields({ answers }: { answers: WizardAnswers }) {
  return (
    <Fieldset legend="Latency and throughput targets (optional)">
      <NumberField
        name="speed"
        label="Output speed per request, tokens/s at least"
        value={answers.speed}
        placeholder="no target"
        hint="People read about 5-10 tokens/s; chat feels fast from about 30."
      />
      <NumberField
        name="tput"
        label="Total output at peak, tokens/s at least"
        value={answers.tput}
        placeholder="no target"
        hint="All concurrent requests together."
      />
    </Fieldset>
  );
}

import { type LicenceClass } from "@/lib/domain";
import { LICENCE_CLASS_LABELS } from "@/lib/labels";

export interface ModelFactsData {
  organization: string | null;
  licence: string | null;
  licenceClass: LicenceClass;
  releaseDate: string | null;
  parametersB: number | null;
  activeParametersB: number | null;
  contextWindow: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}

const num = new Intl.NumberFormat("en-US");
const price = (v: number) => `$${v.toFixed(2)}`;

/** What is known about the model itself; unknown facts show as "—", never as zero. */
export function ModelFacts({ model }: { model: ModelFactsData }) {
  const params =
    model.parametersB === null
      ? "—"
      : `${num.format(model.parametersB)} B${model.activeParametersB !== null ? ` (${num.format(model.activeParametersB)} B active)` : ""}`;
  const facts: [string, string, string][] = [
    ["Organisation", model.organization ?? "—", "fact-organization"],
    ["Licence", model.licence ?? "—", "fact-licence"],
    ["Licence class", LICENCE_CLASS_LABELS[model.licenceClass], "fact-licence-class"],
    ["Release date", model.releaseDate ?? "—", "fact-release"],
    ["Parameters", params, "fact-params"],
    [
      "Context window",
      model.contextWindow === null ? "—" : `${num.format(model.contextWindow)} tokens`,
      "fact-context",
    ],
    [
      "Price per million tokens",
      model.inputPricePerM === null && model.outputPricePerM === null
        ? "—"
        : `${model.inputPricePerM === null ? "—" : price(model.inputPricePerM)} input, ${model.outputPricePerM === null ? "—" : price(model.outputPricePerM)} output`,
      "fact-price",
    ],
  ];
  return (
    <dl
      className="card"
      data-testid="model-facts"
      style={{
        display: "grid",
        gridTemplateColumns: "minmax(8rem, max-content) 1fr",
        gap: "0.3rem 1rem",
        margin: 0,
      }}
    >
      {facts.map(([label, value, id]) => (
        <div key={id} style={{ display: "contents" }}>
          <dt className="muted">{label}</dt>
          <dd style={{ margin: 0, overflowWrap: "anywhere" }} data-testid={id}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

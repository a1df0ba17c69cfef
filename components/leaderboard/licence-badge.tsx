import { type LicenceClass } from "@/lib/domain";
import { LICENCE_CLASS_LABELS } from "@/lib/labels";
import styles from "./leaderboard.module.css";

// Short forms for a narrow table cell; the full label is the tooltip.
const SHORT: Record<LicenceClass, string> = {
  proprietary: "Proprietary",
  "open-restricted": "Open weights",
  "open-osi": "Open source",
  "non-commercial": "Non-commercial",
  unknown: "Unknown",
};

export function LicenceBadge({ licenceClass }: { licenceClass: LicenceClass }) {
  return (
    <span
      className={`badge ${styles[`class-${licenceClass}`] ?? ""}`}
      title={LICENCE_CLASS_LABELS[licenceClass]}
      data-testid="licence-class"
    >
      {SHORT[licenceClass]}
    </span>
  );
}

// Moved to the one date module; kept so older imports keep working.
export { daysBetween } from "@/lib/dates/iso-date";

/**
 * The site report: built from the facts and the verdict, full or redacted, text or JSON.
 */
export {
	buildReport,
	formatText,
	reportSections,
	redactSections,
} from './build';
export type { Report, ReportEntry, ReportInput, ReportSection } from './build';
export { redactText, isSecretKey, REDACTED } from './redact';
export { copyText, downloadFile, reportFileName } from './export';
export type { EnvironmentState } from './build';
export {
	changeLine,
	changesSection,
	environmentSections,
	redactEnvironment,
	sectionCount,
} from './environment';
export { parseEnvironment, parseHistory } from './parse';

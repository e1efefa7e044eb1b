/**
 * What the page loads for its Report tab (build/index-report.js): the report's
 * builder (text and JSON, full and redacted, the environment in Site Health's copy
 * format) and the tab that shows it. The ticket, which attaches the report, waits for
 * it too. The Status tab, shown first, needs none of it.
 */
export { buildReport } from './build';
export { ReportTab } from '../components/report-tab';

/** File-format readers that turn knowledge files into documents, and incremental ingestion into a store. */
export type { DocumentReader, ParsedDocument, ParsedPart } from './parsed-document.js';
export type { ParsedEntry, ReaderInput } from './parsed-document.js';
export { markdownReader } from './markdown-reader.js';
export { htmlReader } from './html-reader.js';
export { splitFrontMatter, type FrontMatter } from './front-matter.js';
export { decodeUtf8 } from './decode-utf8.js';
export { walkFiles } from './walk-files.js';
export {
  ingestFiles,
  documentIdFor,
  toChunks,
  defaultReaders,
  type IngestOptions,
  type IngestSummary,
  type IngestFailure,
  type IngestProgress,
  type IngestWarning,
  type RecordOutcomes,
} from './ingest-files.js';
export {
  readBeirCorpus,
  readBeirQueries,
  readBeirQrels,
  readJsonLines,
  type BeirDocument,
  type BeirQuery,
} from './beir/read-beir-dataset.js';
export {
  readWorkflowWorkspace,
  workflowWorkspaceFromFiles,
  parseYamlFile,
  parseYamlText,
  toYaml,
} from './workflow/read-workflow-workspace.js';
export { pdfReader, createPdfReader, type PdfReaderOptions } from './pdf/pdf-reader.js';
export { docxReader } from './docx-reader.js';
export { csvFaqReader } from './csv-faq-reader.js';
export { parseCsv, parseCsvRecords, type CsvRecord } from './parse-csv.js';
export { textReader } from './text-reader.js';
export { exportJsonReader } from './export-json-reader.js';
export { readZendeskArticles } from './zendesk/zendesk-articles.js';
export { readZendeskTickets, extractHelpCenterLinks } from './zendesk/zendesk-tickets.js';
export { readZendeskTicketOutcomes, conversationTagPrefix } from './zendesk/zendesk-ticket-outcomes.js';
export { redactPersonalData, createPersonalDataRedactor, type KnownPersonalData } from './zendesk/redact-personal-data.js';
export { isStaffAuthor, ticketPersonalData } from './zendesk/zendesk-ticket-people.js';
export {
  parseZendeskTicketExport,
  readZendeskTicketExport,
  type ZendeskChange,
  type ZendeskComment,
  type ZendeskPerson,
  type ZendeskTicket,
  type ZendeskTicketExport,
  type ZendeskUser,
} from './zendesk/zendesk-ticket-export.js';
export { readConfluencePages } from './confluence/confluence-pages.js';
export { slackExportReader, createSlackExportReader, type SlackExportReaderOptions } from './slack/slack-export-reader.js';
export { syncSource, type SyncSourceOptions } from './sync/sync-source.js';
export { readersForSource, sourceLocation, defaultMaxFileBytes, type SourceSettings } from './sync/source-settings.js';
export { excludedUnder, ingestTargets, pathSourceName, type IngestTarget, type SourceLayout } from './sync/ingest-targets.js';
export { ingestPaths, type IngestPathsOptions, type RunProgress } from './sync/ingest-paths.js';
export { ingestReport, type IngestCounts, type IngestReport } from './sync/ingest-report.js';
export { sourceRows, type SourceRow } from './sync/source-rows.js';
export { syncConfiguredSources, type SyncConfiguredSourcesOptions } from './sync/sync-configured-sources.js';
export { storeRemoteEntries, type StoreRemoteEntriesOptions } from './sync/store-remote-entries.js';
export { fetchJsonPages, authorizationHeaders, type FetchFunction, type FetchJsonPagesOptions } from './fetch-json-pages.js';
export { fetchZendeskHelpCenter, type ZendeskHelpCenterOptions } from './zendesk/fetch-zendesk-help-center.js';
export { fetchConfluenceSpace, type ConfluenceSpaceOptions } from './confluence/fetch-confluence-space.js';

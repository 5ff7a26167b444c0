/** File-format readers that turn knowledge files into documents, and incremental ingestion into a store. */
export type { DocumentReader, ParsedDocument, ParsedPart } from './parsed-document.js';
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
} from './ingest-files.js';
export {
  readBeirCorpus,
  readBeirQueries,
  readBeirQrels,
  readJsonLines,
  type BeirDocument,
  type BeirQuery,
} from './beir/read-beir-dataset.js';

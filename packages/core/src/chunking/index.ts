/** Chunking: Markdown parts into sections and paragraph chunks with breadcrumbs. */
export { parseMarkdownBlocks, renderBlock, type Block } from './markdown-blocks.js';
export { chunkMarkdown, type ChunkingOptions } from './chunk-markdown.js';

/** Admin: the knowledge base — sources, their documents with freshness, a chunk viewer, and a search playground. */
import { useState } from 'react';
import type { KnowledgeDocument } from '../api/types';
import { ChunkViewer } from '../components/chunk-viewer';
import { KnowledgeDocuments } from '../components/knowledge-documents';
import { KnowledgeSources } from '../components/knowledge-sources';
import { SearchPlayground } from '../components/search-playground';
import { useDocumentTitle } from '../hooks/use-document-title';

export function KnowledgePage() {
  useDocumentTitle('Knowledge');
  const [source, setSource] = useState<string | null>(null);
  const [document, setDocument] = useState<KnowledgeDocument | null>(null);
  const chooseSource = (name: string): void => {
    setSource(name);
    setDocument(null);
  };
  return (
    <>
      <h1>Knowledge</h1>
      <KnowledgeSources selected={source} onSelect={chooseSource} />
      {source ? <KnowledgeDocuments source={source} selected={document?.id ?? null} onSelect={setDocument} /> : null}
      {document ? <ChunkViewer document={document} /> : null}
      <SearchPlayground />
    </>
  );
}

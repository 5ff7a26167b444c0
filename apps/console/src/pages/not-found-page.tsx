/** An unknown path under /console/. */
import { Link } from '../components/link';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no console page here. Go to the <Link href={pathOf({ page: 'inbox' })}>Inbox</Link>.
      </p>
    </>
  );
}

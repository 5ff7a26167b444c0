/** The page links; Knowledge, Metrics, Evaluations, Experiments, Rollout and Shadow only for admin keys. The current page is marked with aria-current. */
import type { KeyScope } from '../api/types';
import { pathOf, type Route } from '../routing/routes';
import { Link } from './link';

const links = [
  { label: 'Inbox', route: { page: 'inbox' }, adminOnly: false },
  { label: 'Conversations', route: { page: 'conversations' }, adminOnly: false },
  { label: 'Approvals', route: { page: 'approvals' }, adminOnly: false },
  { label: 'Knowledge', route: { page: 'knowledge' }, adminOnly: true },
  { label: 'Metrics', route: { page: 'metrics' }, adminOnly: true },
  { label: 'Evaluations', route: { page: 'evaluations' }, adminOnly: true },
  { label: 'Experiments', route: { page: 'experiments' }, adminOnly: true },
  { label: 'Rollout', route: { page: 'rollout' }, adminOnly: true },
  { label: 'Shadow', route: { page: 'shadow' }, adminOnly: true },
] as const;

export function Nav({ route, scope }: { readonly route: Route; readonly scope: KeyScope }) {
  const current =
    route.page === 'conversation'
      ? 'conversations'
      : route.page === 'evaluation'
        ? 'evaluations'
        : route.page === 'experiment'
          ? 'experiments'
          : route.page;
  return (
    <nav aria-label="Console">
      <ul>
        {links
          .filter((link) => !link.adminOnly || scope === 'admin')
          .map((link) => (
            <li key={link.label}>
              <Link href={pathOf(link.route)} aria-current={link.route.page === current ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

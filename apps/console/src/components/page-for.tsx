/** The page component for a route; admin-only pages explain themselves to an agent key instead of failing. */
import { lazy, Suspense } from 'react';
import { useSession } from '../api/session-context';
import { ApprovalsPage } from '../pages/approvals-page';
import { ConversationPage } from '../pages/conversation-page';
import { ConversationsPage } from '../pages/conversations-page';
import { EvaluationsPage } from '../pages/evaluations-page';
import { InboxPage } from '../pages/inbox-page';
import { KnowledgePage } from '../pages/knowledge-page';
import { NotFoundPage } from '../pages/not-found-page';
import type { Route } from '../routing/routes';
import { Loading } from './loading';

// uPlot is loaded with the Metrics page only, so it is not part of every agent's first load.
const MetricsPage = lazy(() => import('../pages/metrics-page').then((module) => ({ default: module.MetricsPage })));
const EvaluationRunPage = lazy(() => import('../pages/evaluation-run-page').then((module) => ({ default: module.EvaluationRunPage })));
// The experiment, rollout and shadow pages are for admins only; agents' first load does without them.
const ExperimentsPage = lazy(() => import('../pages/experiments-page').then((module) => ({ default: module.ExperimentsPage })));
const ExperimentPage = lazy(() => import('../pages/experiment-page').then((module) => ({ default: module.ExperimentPage })));
const RolloutPage = lazy(() => import('../pages/rollout-page').then((module) => ({ default: module.RolloutPage })));
const ShadowPage = lazy(() => import('../pages/shadow-page').then((module) => ({ default: module.ShadowPage })));

export function PageFor({ route }: { readonly route: Route }) {
  const { me } = useSession();
  switch (route.page) {
    case 'inbox':
      return <InboxPage />;
    case 'conversations':
      return <ConversationsPage />;
    case 'conversation':
      return <ConversationPage id={route.id} />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'knowledge':
    case 'metrics':
      if (me.scope !== 'admin') return <AdminOnly page={route.page === 'knowledge' ? 'Knowledge' : 'Metrics'} name={me.name} />;
      if (route.page === 'knowledge') return <KnowledgePage />;
      return (
        <Suspense fallback={<Loading what="the Metrics page" />}>
          <MetricsPage />
        </Suspense>
      );
    case 'evaluations':
    case 'evaluation':
      if (me.scope !== 'admin') return <AdminOnly page="Evaluations" name={me.name} />;
      if (route.page === 'evaluations') return <EvaluationsPage />;
      return (
        <Suspense fallback={<Loading what="the eval run" />}>
          <EvaluationRunPage id={route.id} />
        </Suspense>
      );
    case 'experiments':
    case 'experiment':
    case 'rollout':
      if (me.scope !== 'admin') return <AdminOnly page={route.page === 'rollout' ? 'Rollout' : 'Experiments'} name={me.name} />;
      return (
        <Suspense fallback={<Loading what={route.page === 'rollout' ? 'the Rollout page' : 'the Experiments page'} />}>
          {route.page === 'experiments' ? <ExperimentsPage /> : null}
          {route.page === 'experiment' ? <ExperimentPage name={route.id} /> : null}
          {route.page === 'rollout' ? <RolloutPage /> : null}
        </Suspense>
      );
    case 'shadow':
      if (me.scope !== 'admin') return <AdminOnly page="Shadow" name={me.name} />;
      return (
        <Suspense fallback={<Loading what="the Shadow page" />}>
          <ShadowPage />
        </Suspense>
      );
    case 'not-found':
      return <NotFoundPage />;
  }
}

function AdminOnly({ page, name }: { readonly page: string; readonly name: string }) {
  return (
    <>
      <h1>{page}</h1>
      <p role="alert" className="error">
        The {page} page needs an admin key; you are signed in as {name} with an agent key. <code className="error-code">FORBIDDEN</code>
      </p>
    </>
  );
}

/** Actions a workflow parked for a person (`GET /v1/approvals`), refreshed every 5 seconds while the page is open. */
import { useRef, useState } from 'react';
import { useSession } from '../api/session-context';
import type { Approval, ApprovalStatus } from '../api/types';
import { useResource } from '../api/use-resource';
import { ApprovalCard, type DecisionNotice } from '../components/approval-card';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { useDocumentTitle } from '../hooks/use-document-title';

const statuses: readonly ApprovalStatus[] = ['pending', 'approved', 'denied'];

export function ApprovalsPage() {
  useDocumentTitle('Approvals');
  const { api } = useSession();
  const [status, setStatus] = useState<ApprovalStatus>('pending');
  const path = `/v1/approvals?status=${status}`;
  const approvals = useResource(path, (signal) => api.get<{ approvals: Approval[] }>(path, signal), 5000);
  const list = approvals.data?.approvals;
  const [notices, setNotices] = useState<readonly (DecisionNotice & { readonly id: number })[]>([]);
  const noticeCount = useRef(0);
  const decided = (notice: DecisionNotice): void => {
    noticeCount.current += 1;
    const id = noticeCount.current;
    setNotices((previous) => [{ ...notice, id }, ...previous].slice(0, 5));
    approvals.reload();
  };
  return (
    <>
      <div className="section-head">
        <h1>Approvals</h1>
        <div className="field inline">
          <label htmlFor="approval-status">Show</label>
          <select id="approval-status" value={status} onChange={(event) => setStatus(event.target.value as ApprovalStatus)}>
            {statuses.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">Actions beyond the bot's authority wait here. Approving resumes the workflow; denying tells the customer.</p>
      <ul className="notices" role="status" aria-label="Recent decisions">
        {notices.map((notice) => (
          <li key={notice.id} className={notice.code ? 'error' : 'notice'}>
            {notice.text} {notice.code ? <code className="error-code">{notice.code}</code> : null}
          </li>
        ))}
      </ul>
      <ErrorMessage error={approvals.error} action="Approvals could not be loaded" />
      {!list && approvals.loading ? <Loading what="approvals" /> : null}
      {list && list.length === 0 ? <p className="muted">Nothing is {status}.</p> : null}
      {list && list.length > 0 ? (
        <ul className="cards">
          {list.map((approval) => (
            <li key={approval.id}>
              <ApprovalCard approval={approval} onDecided={decided} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Tickets whose first customer turn is near-identical are one case: the same failure, reported more than once. */
import { nearDuplicateGroups, type NearDuplicateOptions } from '@switchboard/core/text';
import type { SuiteCase } from '../suite/suite-types.js';
import type { TicketCase } from './ticket-case.js';

/** The tag every imported case carries, so a suite run can be filtered to them. */
export const fromTicketTag = 'from-ticket';

/**
 * One suite case per group, with the turns of its first ticket (in export order) and the union of the group's
 * expectations, which never conflict: handoff is only ever `true` (a human had to take the same question), any linked
 * article is a right citation, and no disputed claim may be repeated.
 */
export function mergeTicketCases(cases: readonly TicketCase[], options: NearDuplicateOptions = {}): SuiteCase[] {
  const groups = nearDuplicateGroups(
    cases.map((ticketCase) => ticketCase.turns[0] ?? ''),
    options,
  );
  return groups.map((group) => {
    const members = group.map((i) => cases[i]!);
    const first = members[0]!;
    const union = (field: 'cites' | 'neverSays'): string[] => [...new Set(members.flatMap((member) => member.expect[field] ?? []))];
    const cites = union('cites');
    const neverSays = union('neverSays');
    return {
      id: `zendesk-${first.ticketId}`,
      tags: [fromTicketTag],
      turns: first.turns,
      expect: {
        ...(members.some((member) => member.expect.handoff) ? { handoff: true } : {}),
        ...(cites.length > 0 ? { cites } : {}),
        ...(neverSays.length > 0 ? { neverSays } : {}),
      },
      source: { ticketIds: members.map((member) => member.ticketId), count: members.length },
    };
  });
}

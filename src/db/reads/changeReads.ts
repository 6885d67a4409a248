import type { MembershipModel } from '../../model/models';
import type { Database } from '../database';
import { membershipFields } from './fragments';

export type MembershipChangeKind = 'STARTED' | 'ENDED';

/** A membership that began or ended in a window of days, with the day it did. */
export interface MembershipChangeModel {
  kind: MembershipChangeKind;
  day: string;
  membership: MembershipModel;
}

// Started: the first day it holds (its since, or its consortium's start, as membershipHeld counts it) is after
// `from` and on or before `to`. Ended: its last day (until) is on or after `from` and before `to`. So a change is
// listed when the membership held on one day and not on the other, and also when it began and ended in between.
const MEMBERSHIP_CHANGES = `CALL () {
    MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium)
    WITH o, m, c, coalesce(m.since, c.startDate) AS day
    WHERE date($from) < day <= date($to)
    RETURN 'STARTED' AS kind, day, o, m, c
    UNION ALL
    MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium)
    WHERE date($from) <= m.until < date($to)
    RETURN 'ENDED' AS kind, m.until AS day, o, m, c
  }
  WITH kind, day, o, m, c ORDER BY day, kind DESC, o.id, c.id
  SKIP $offset LIMIT $first
  RETURN kind, toString(day) AS day, ${membershipFields('m', 'o', 'c')} AS membership`;

/** One page of the memberships that started or ended between the two days, by day (started before ended). */
export function membershipChanges(
  db: Database,
  window: { from: string; to: string },
  offset: number,
  first: number,
): Promise<MembershipChangeModel[]> {
  return db.read<MembershipChangeModel>(MEMBERSHIP_CHANGES, { ...window, offset, first });
}

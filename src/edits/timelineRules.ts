import {
  STAGE_STATUSES,
  STANDING_STATUSES,
  UNKNOWN_STANDING,
  type StageStatus,
  type StandingStatus,
} from '../model/kinds';
import type { StageModel } from '../model/models';
import { checkedCitation, type CheckedCitation, type NewSourceInput } from './membershipEdits';
import { checkDay, checkId, checkName, checkText, FieldError } from './validation';
import { validated } from './writeResult';

/**
 * The checks of the program-timeline mutations, run before anything is read or written (INVALID_INPUT naming the
 * field). Each write cites a source, existing (sourceId) or new (source), and may give the source's words (quote).
 */

/** The highest stage order a program may have: a timeline is tens of stages, never thousands. */
export const MAX_STAGE_ORDER = 1000;

export interface Citation {
  sourceId?: string | null;
  source?: NewSourceInput | null;
  /** The words of the source that state it. */
  quote?: string | null;
}

export interface StageInput extends Omit<Citation, 'quote'> {
  programId: string;
  id: string;
  name: string;
  order: number;
  status: string;
  date?: string | null;
  endDate?: string | null;
  period?: string | null;
  knownBy?: string | null;
  evaluatesTeams?: boolean | null;
  description?: string | null;
}

export interface StandingInput extends Citation {
  consortiumId: string;
  stageId: string;
  status: string;
  reason?: string | null;
}

export interface MembershipEndInput extends Citation {
  organizationId: string;
  consortiumId: string;
  until: string;
}

const optionalDay = (field: string, value: string | null | undefined) => (value ? checkDay(field, value) : null);

function checkedQuotedCitation(input: Citation): CheckedCitation & { quote: string | null } {
  return { ...checkedCitation(input), quote: checkText('quote', input.quote, 'note') };
}

function checkOrder(order: number): number {
  if (!Number.isInteger(order) || order < 1 || order > MAX_STAGE_ORDER) {
    throw new FieldError('order', `order must be a whole number from 1 to ${MAX_STAGE_ORDER}, got ${order}`);
  }
  return order;
}

function checkStageStatus(status: string): StageStatus {
  if (!(STAGE_STATUSES as readonly string[]).includes(status)) {
    throw new FieldError('status', `status must be one of ${STAGE_STATUSES.join(', ')}, got "${status}"`);
  }
  return status as StageStatus;
}

/** A recorded standing is what a source reports: UNKNOWN is only ever answered, for the lack of one. */
function checkRecordedStanding(status: string): StandingStatus {
  if (status === UNKNOWN_STANDING) {
    throw new FieldError(
      'status',
      'status UNKNOWN cannot be recorded: it is what the API answers while no source reports a result; record the status the source reports',
    );
  }
  if (!(STANDING_STATUSES as readonly string[]).includes(status)) {
    throw new FieldError('status', `status must be one of ${STANDING_STATUSES.join(', ')}, got "${status}"`);
  }
  return status as StandingStatus;
}

/** The fields of a stage, checked: days are calendar days and a stage ends no earlier than it starts. */
export function checkedStage(input: StageInput) {
  return validated(() => {
    const date = optionalDay('date', input.date);
    const endDate = optionalDay('endDate', input.endDate);
    if (date !== null && endDate !== null && endDate < date) {
      throw new FieldError('endDate', `endDate ${endDate} is before date ${date}`);
    }
    const stage: CheckedCitation & Omit<StageModel, 'sources'> = {
      programId: checkId('programId', input.programId),
      id: checkId('id', input.id),
      name: checkName('name', input.name),
      order: checkOrder(input.order),
      status: checkStageStatus(input.status),
      date,
      endDate,
      period: checkText('period', input.period, 'category'),
      knownBy: optionalDay('knownBy', input.knownBy),
      evaluatesTeams: input.evaluatesTeams ?? false,
      description: checkText('description', input.description, 'note'),
      ...checkedCitation(input),
    };
    return stage;
  });
}

export function checkedStanding(input: StandingInput) {
  return validated(() => ({
    consortiumId: checkId('consortiumId', input.consortiumId),
    stageId: checkId('stageId', input.stageId),
    status: checkRecordedStanding(input.status),
    reason: checkText('reason', input.reason, 'note'),
    ...checkedQuotedCitation(input),
  }));
}

export function checkedMembershipEnd(input: MembershipEndInput) {
  return validated(() => ({
    organizationId: checkId('organizationId', input.organizationId),
    consortiumId: checkId('consortiumId', input.consortiumId),
    until: checkDay('until', input.until),
    ...checkedQuotedCitation(input),
  }));
}

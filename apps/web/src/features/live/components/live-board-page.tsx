import type { LiveAck, VoteChoice } from '@consilium/contracts';
import { useMemo, useState } from 'react';

import { hrefFor } from '../../../app/router';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { StatusMessage } from '../../../shared/components/status-message';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { CurrentUser } from '../../shell/hooks/use-me';
import { useLiveMeeting, type LiveMeetingDetails } from '../hooks/use-live-meeting';
import { useLiveRoom } from '../hooks/use-live-room';
import { useSharedNotes } from '../hooks/use-shared-notes';
import { describeLiveError, describeLiveProblem } from '../live-messages';
import { AgendaPanel, CasePanel, type CaseLabel } from './case-panel';
import { ConnectionBanner } from './connection-banner';
import { HandsPanel } from './hands-panel';
import { NotesEditor } from './notes-editor';
import { PresencePanel } from './presence-panel';
import { SignOffPanel } from './sign-off-panel';
import { VotePanel } from './vote-panel';
import './live-board.css';

const VOTER_ROLES = ['PHYSICIAN', 'RADIOLOGIST', 'PHARMACIST'];

/** The live board of one meeting (lazy-loaded: socket.io-client and yjs come with it). */
export default function LiveBoardPage({ meetingId, user }: { meetingId: string; user: CurrentUser }) {
  const live = useLiveRoom(meetingId);
  const room = live.room;
  const presenceKey = useMemo(
    () =>
      room
        ? room.participants
            .map((p) => `${p.userId}:${p.roles.join('+')}`)
            .sort()
            .join(',')
        : '',
    [room],
  );
  const details = useLiveMeeting(meetingId, presenceKey);
  useDocumentTitle(details.meeting ? `Live: ${details.meeting.title}` : 'Live meeting');

  const labels = useMemo(() => caseLabels(details.meeting), [details.meeting]);
  const currentItemId = room?.currentCase?.agendaItemId ?? null;
  const notes = useSharedNotes(live.connection, currentItemId);
  const [actionProblem, setActionProblem] = useState<string | null>(null);

  const heading = <h1 tabIndex={-1}>{details.meeting ? details.meeting.title : 'Live meeting'}</h1>;

  if (live.status === 'failed' && live.problem) {
    return (
      <>
        {heading}
        <div className="panel panel-error" role="alert">
          <p className="panel-title">{describeLiveProblem(live.problem)}</p>
          {live.problem.kind === 'unreachable' && (
            <button type="button" className="button button-secondary" onClick={live.actions.retry}>
              Try again
            </button>
          )}
          <p>
            <a href={hrefFor('/')}>Back to your meetings</a>
          </p>
        </div>
      </>
    );
  }
  if (!room) {
    return (
      <>
        {heading}
        <StatusMessage>Joining the meeting room…</StatusMessage>
      </>
    );
  }

  const isChair = room.chairId === user.id;
  const canDrive = isChair || user.roles.includes('COORDINATOR');
  const canVote = user.roles.some((role) => VOTER_ROLES.includes(role));
  const canSign = user.roles.includes('PHYSICIAN');
  const entry = room.agenda.find((item) => item.agendaItemId === currentItemId);
  const currentLabel = currentItemId ? labels.get(currentItemId) : undefined;
  const quorum = details.meeting?.quorum;

  const run = async <T,>(pending: Promise<LiveAck<T>>): Promise<string | null> => {
    const ack = await pending;
    return ack.ok ? null : describeLiveError(ack.error);
  };
  /** For buttons without a form of their own: a refusal is shown above the board. */
  const act = <T,>(pending: Promise<LiveAck<T>>) => {
    setActionProblem(null);
    void run(pending).then(setActionProblem);
  };

  return (
    <>
      {heading}
      <p className="muted">
        Live meeting room · you are signed in as {user.displayName}
        {isChair ? ' (chair)' : ''}
      </p>
      <ConnectionBanner status={live.status} hasRoom />
      {details.problem && (
        <ProblemPanel
          problem={details.problem}
          message="The agenda details and quorum could not be loaded."
          onRetry={details.retry}
        />
      )}
      {actionProblem && (
        <div className="panel panel-warning" role="alert">
          <p className="panel-title">{actionProblem}</p>
        </div>
      )}
      <div className="live-board">
        <div className="live-column">
          <CasePanel
            currentCase={room.currentCase}
            label={currentLabel}
            timer={room.timer}
            canDrive={canDrive}
            status={entry?.status}
            onTimer={(action) => act(live.actions.timer(action))}
            onDiscussed={() => currentItemId && act(live.actions.markDiscussed(currentItemId))}
          />
          {entry && (
            <>
              <VotePanel
                tally={entry.tally}
                participants={room.participants}
                currentUserId={user.id}
                canVote={canVote}
                onVote={(choice: VoteChoice, comment) => run(live.actions.vote(entry.agendaItemId, choice, comment))}
              />
              <SignOffPanel
                decision={entry.decision}
                itemStatus={entry.status}
                quorate={quorum?.quorate}
                canSign={canSign}
                canDraft={canSign || user.roles.includes('COORDINATOR')}
                onSign={(reason) => run(live.actions.sign(entry.agendaItemId, reason))}
                onDraft={(input) => run(live.actions.draft(entry.agendaItemId, input))}
                onPropose={() => run(live.actions.propose(entry.agendaItemId))}
              />
              <NotesEditor text={notes.text} onChange={notes.change} caseTitle={currentLabel?.title ?? 'this case'} />
            </>
          )}
        </div>
        <div className="live-column">
          <PresencePanel participants={room.participants} quorum={quorum} currentUserId={user.id} />
          <HandsPanel
            hands={room.hands}
            currentUserId={user.id}
            canManage={canDrive}
            onRaise={() => act(live.actions.raiseHand())}
            onLower={(userId) => act(live.actions.lowerHand(userId))}
          />
          <AgendaPanel
            agenda={room.agenda}
            labels={labels}
            currentItemId={currentItemId}
            canDrive={canDrive}
            onPresent={(agendaItemId) => act(live.actions.presentCase(agendaItemId))}
          />
        </div>
      </div>
    </>
  );
}

function caseLabels(meeting: LiveMeetingDetails | undefined): Map<string, CaseLabel> {
  const labels = new Map<string, CaseLabel>();
  for (const item of meeting?.agenda ?? []) {
    const patient = item.case.patient;
    const diagnosis = item.case.diagnosisText ? ` — ${item.case.diagnosisText}` : '';
    labels.set(item.id, {
      title: `${patient.familyName.toUpperCase()}, ${patient.givenName} (MRN ${patient.mrn})${diagnosis}`,
      question: item.case.question ?? null,
    });
  }
  return labels;
}

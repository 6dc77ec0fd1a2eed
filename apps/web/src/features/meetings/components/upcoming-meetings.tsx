import { hrefFor } from '../../../app/router';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { StatusMessage } from '../../../shared/components/status-message';
import { useUpcomingMeetings, type UpcomingMeeting } from '../hooks/use-upcoming-meetings';
import './upcoming-meetings.css';

const WHEN = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** The signed-in person's upcoming and live MDT meetings, each with a "Join live" link. */
export function UpcomingMeetings() {
  const { meetings, problem, retry } = useUpcomingMeetings();
  return (
    <section aria-labelledby="upcoming-meetings">
      <h2 id="upcoming-meetings">Upcoming meetings</h2>
      {problem ? (
        <ProblemPanel problem={problem} message="Your meetings could not be loaded." onRetry={retry} />
      ) : !meetings ? (
        <StatusMessage>Loading your meetings…</StatusMessage>
      ) : meetings.length === 0 ? (
        <p>No meeting of your teams is scheduled.</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <MeetingRow key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingRow({ meeting }: { meeting: UpcomingMeeting }) {
  const live = meeting.status === 'LIVE';
  return (
    <li>
      <span className="meeting-title">{meeting.title}</span>{' '}
      <span className="muted">
        {WHEN.format(new Date(meeting.startsAt))} · {meeting.durationMinutes} min
      </span>{' '}
      {live && <span className="badge badge-live">Live now</span>}{' '}
      <a href={hrefFor(`/meetings/${meeting.id}/live`)} aria-label={`Join live: ${meeting.title}`}>
        Join live
      </a>
    </li>
  );
}

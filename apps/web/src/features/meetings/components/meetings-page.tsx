import { useState } from 'react';

import { hrefFor, navigate } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { Field } from '../../../shared/components/field';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { EmptyState, QueryState } from '../../../shared/components/query-state';
import { placeProblem } from '../../../shared/form-errors';
import { formatDateTime, humanize, todayIso } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { localDateTimeToIso } from '../agenda';
import { useUpcomingMeetings } from '../hooks/use-meetings';

const FIELDS = ['teamId', 'title', 'date', 'time', 'durationMinutes', 'videoLink'] as const;
type MeetingField = (typeof FIELDS)[number];
const SERVER_FIELDS: Record<string, MeetingField> = { startsAt: 'date', chairId: 'teamId' };

export default function MeetingsPage({ user }: FeaturePageProps) {
  useDocumentTitle('Meetings');
  const upcoming = useUpcomingMeetings();
  const teamName = (id: string) => user.teams.find((t) => t.id === id)?.name ?? 'Team';
  const [values, setValues] = useState<Record<MeetingField, string>>({
    teamId: user.teams[0]?.id ?? '',
    title: '',
    date: '',
    time: '08:00',
    durationMinutes: '60',
    videoLink: '',
  });
  const [errors, setErrors] = useState<Partial<Record<MeetingField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const set = (field: MeetingField) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async () => {
    const found: Partial<Record<MeetingField, string>> = {};
    if (!values.teamId) found.teamId = 'Choose the team.';
    if (values.title.trim() === '') found.title = 'Give the meeting a title, e.g. “Lung MDT — weekly”.';
    const startsAt = localDateTimeToIso(values.date, values.time);
    if (!startsAt) found.date = 'Enter the date and time of the meeting.';
    else if (values.date < todayIso()) found.date = 'The meeting cannot start in the past.';
    const duration = Number(values.durationMinutes);
    if (!Number.isInteger(duration) || duration < 5) found.durationMinutes = 'The length is a whole number of minutes.';
    if (values.videoLink && !values.videoLink.startsWith('https://')) found.videoLink = 'The video link must start with https://';
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0 || !startsAt) return;
    const result = await upcoming.schedule({
      teamId: values.teamId,
      title: values.title.trim(),
      startsAt,
      durationMinutes: duration,
      chairId: user.id,
      ...(values.videoLink ? { videoLink: values.videoLink } : {}),
    });
    if (result.ok) {
      if (result.id) navigate(`/meetings/${result.id}`);
      return;
    }
    const placed = placeProblem(result.problem, FIELDS, SERVER_FIELDS);
    setErrors(placed.fields);
    setGeneral(placed.general);
  };

  return (
    <>
      <p>
        <a href={hrefFor('/worklist')}>← Back to the worklist</a>
      </p>
      <h1 tabIndex={-1}>Meetings</h1>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming meetings</h2>
        <QueryState loading={upcoming.loading} problem={upcoming.problem} onRetry={upcoming.retry} loadingText="Loading meetings…" errorText="The meetings could not be loaded." hasData={upcoming.meetings !== undefined}>
          {upcoming.meetings && upcoming.meetings.length === 0 ? (
            <EmptyState title="No meeting is scheduled." />
          ) : (
            <ul className="plain-list">
              {(upcoming.meetings ?? []).map((m) => {
                const minutes = m.agenda.reduce((sum, item) => sum + item.allocatedMinutes, 0);
                return (
                  <li key={m.id} className="card">
                    <a href={hrefFor(`/meetings/${m.id}`)}>{m.title}</a> <Badge tone={m.status === 'LIVE' ? 'danger' : 'info'}>{humanize(m.status)}</Badge>
                    <div className="small muted">
                      {teamName(m.teamId)} · {formatDateTime(m.startsAt)} · {m.durationMinutes} min · {m.agenda.length} cases ({minutes} min allocated)
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </QueryState>
      </section>

      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">Schedule a meeting</h2>
        {general && <ProblemPanel problem={{ kind: 'unexpected' }} message={general} />}
        <form
          className="form-grid-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!upcoming.scheduling) void submit();
          }}
        >
          <Field id="meeting-teamId" label="Team" error={errors.teamId}>
            {(control) => (
              <select {...control} value={values.teamId} onChange={set('teamId')}>
                {user.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="meeting-title" label="Title" error={errors.title}>
            {(control) => <input {...control} value={values.title} onChange={set('title')} />}
          </Field>
          <Field id="meeting-date" label="Date" error={errors.date}>
            {(control) => <input {...control} type="date" value={values.date} onChange={set('date')} />}
          </Field>
          <Field id="meeting-time" label="Start time" error={errors.time}>
            {(control) => <input {...control} type="time" value={values.time} onChange={set('time')} />}
          </Field>
          <Field id="meeting-durationMinutes" label="Length (minutes)" error={errors.durationMinutes}>
            {(control) => <input {...control} inputMode="numeric" value={values.durationMinutes} onChange={set('durationMinutes')} />}
          </Field>
          <Field id="meeting-videoLink" label="Video link (optional)" error={errors.videoLink}>
            {(control) => <input {...control} type="url" value={values.videoLink} onChange={set('videoLink')} />}
          </Field>
          <p className="small muted">You will chair the meeting.</p>
          <div className="form-actions">
            <button type="submit" className="button button-primary-inline" aria-disabled={upcoming.scheduling}>
              Schedule the meeting
            </button>
          </div>
        </form>
      </section>
    </>
  );
}

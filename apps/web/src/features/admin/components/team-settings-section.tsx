import { useState, type FormEvent, type ReactNode } from 'react';

import type { AdminTeamSettingsQuery, Role } from '../../../gql/graphql';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import type { Problem } from '../../../shared/problem';
import { StatusMessage } from '../../../shared/components/status-message';
import { ROLE_LABELS } from '../../shell/workspaces';
import { useTeamSettings, useTeamSettingsMutations } from '../hooks/use-admin';

type Settings = AdminTeamSettingsQuery;

/** The selected team's readiness rules, KPI targets, follow-up grace period and quorum rules. */
export function TeamSettingsSection({ teams, teamId, onTeam }: { teams: readonly { id: string; name: string }[]; teamId: string; onTeam: (id: string) => void }) {
  const { settings, loading, problem } = useTeamSettings(teamId);
  return (
    <section aria-labelledby="admin-team-settings">
      <h2 id="admin-team-settings">Team rules and targets</h2>
      <div className="field">
        <label htmlFor="admin-settings-team">Team</label>
        <select id="admin-settings-team" value={teamId} onChange={(e) => onTeam(e.target.value)}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {problem && <ProblemPanel problem={problem} />}
      {loading && !settings && <StatusMessage>Loading the team's settings…</StatusMessage>}
      {settings && <SettingsForms key={teamId} teamId={teamId} settings={settings} />}
    </section>
  );
}

function SettingsForms({ teamId, settings }: { teamId: string; settings: Settings }) {
  const m = useTeamSettingsMutations();
  const r = settings.teamReadinessRules;
  const t = settings.teamKpiTargets;
  const [readiness, setReadiness] = useState({ imagingMaxAgeDays: r.imagingMaxAgeDays, requirePharmacistReview: r.requirePharmacistReview, requireClinicalSummary: r.requireClinicalSummary, requireQuestion: r.requireQuestion });
  const [targets, setTargets] = useState({ referralToDiscussionDays: t.referralToDiscussionDays, imagingReportHours: t.imagingReportHours, decisionSigningHours: t.decisionSigningHours });
  const [graceDays, setGraceDays] = useState(settings.teamFollowUpSettings.graceDays);
  const quorumRoles = Object.keys(ROLE_LABELS) as Role[];
  const [quorum, setQuorum] = useState<Record<string, number>>(Object.fromEntries(quorumRoles.map((role) => [role, settings.teamQuorumRules.minimums.find((x) => x.role === role)?.count ?? 0])));
  const [quorumVersion, setQuorumVersion] = useState(settings.teamQuorumRules.version);

  return (
    <div className="cards">
      <SettingsForm title="Readiness rules" problem={m.problems.readiness} onSubmit={() => m.setReadiness({ variables: { input: { teamId, ...readiness } } })}>
        <NumberField id="admin-imaging-age" label="Imaging report at most (days old)" value={readiness.imagingMaxAgeDays} min={1} max={365} onChange={(v) => setReadiness({ ...readiness, imagingMaxAgeDays: v })} />
        <Check id="admin-req-review" label="Signed pharmacist review required" checked={readiness.requirePharmacistReview} onChange={(v) => setReadiness({ ...readiness, requirePharmacistReview: v })} />
        <Check id="admin-req-summary" label="Clinical summary required" checked={readiness.requireClinicalSummary} onChange={(v) => setReadiness({ ...readiness, requireClinicalSummary: v })} />
        <Check id="admin-req-question" label="Question for the MDT required" checked={readiness.requireQuestion} onChange={(v) => setReadiness({ ...readiness, requireQuestion: v })} />
      </SettingsForm>

      <SettingsForm title="KPI targets" problem={m.problems.targets} onSubmit={() => m.setTargets({ variables: { input: { teamId, ...targets } } })}>
        <NumberField id="admin-target-r2d" label="Referral → discussion (days)" value={targets.referralToDiscussionDays} min={1} max={365} onChange={(v) => setTargets({ ...targets, referralToDiscussionDays: v })} />
        <NumberField id="admin-target-img" label="Study → final report (hours)" value={targets.imagingReportHours} min={1} max={2160} onChange={(v) => setTargets({ ...targets, imagingReportHours: v })} />
        <NumberField id="admin-target-sign" label="Decision proposed → signed (hours)" value={targets.decisionSigningHours} min={1} max={2160} onChange={(v) => setTargets({ ...targets, decisionSigningHours: v })} />
      </SettingsForm>

      <SettingsForm title="Follow-up grace period" problem={m.problems.grace} onSubmit={() => m.setGrace({ variables: { input: { teamId, graceDays } } })}>
        <NumberField id="admin-grace" label="Days after the due date before a follow-up is overdue" value={graceDays} min={0} max={180} onChange={setGraceDays} />
      </SettingsForm>

      <SettingsForm
        title={`Quorum rules${settings.teamQuorumRules.isDefault && quorumVersion === 0 ? ' (defaults)' : ''}`}
        problem={m.problems.quorum}
        onSubmit={async () => {
          const result = await m.setQuorum({
            variables: { input: { teamId, expectedVersion: quorumVersion, minimums: quorumRoles.filter((role) => (quorum[role] ?? 0) > 0).map((role) => ({ role, minimum: quorum[role] ?? 0 })) } },
          });
          if (result.data) setQuorumVersion(result.data.setTeamQuorumRules.version);
        }}
      >
        {quorumRoles.map((role) => (
          <NumberField key={role} id={`admin-quorum-${role}`} label={`${ROLE_LABELS[role]} (minimum present)`} value={quorum[role] ?? 0} min={0} max={20} onChange={(v) => setQuorum({ ...quorum, [role]: v })} />
        ))}
      </SettingsForm>
    </div>
  );
}

function SettingsForm({ title, problem, onSubmit, children }: { title: string; problem: Problem | null; onSubmit: () => Promise<unknown>; children: ReactNode }) {
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    onSubmit()
      .then(() => setSaved(true))
      .catch(() => undefined);
  };
  return (
    <form className="card" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {children}
      {problem && <ProblemPanel problem={problem} />}
      <button type="submit" className="button button-primary">
        Save<span className="visually-hidden"> {title.toLowerCase()}</span>
      </button>
      {saved && !problem && (
        <p role="status" className="muted">
          Saved.
        </p>
      )}
    </form>
  );
}

function NumberField({ id, label, value, min, max, onChange }: { id: string; label: string; value: number; min: number; max: number; onChange: (value: number) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} step={1} required value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </div>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

import { Role } from '@consilium/contracts';
import { countRoles, DEFAULT_QUORUM_RULES, evaluateQuorum } from './quorum';

describe('evaluateQuorum', () => {
  const rules = { [Role.PHYSICIAN]: 2, [Role.RADIOLOGIST]: 1, [Role.PHARMACIST]: 1 };

  it('is quorate when every role meets its minimum', () => {
    expect(evaluateQuorum(rules, { PHYSICIAN: 2, RADIOLOGIST: 1, PHARMACIST: 1 })).toEqual({ quorate: true, missing: [] });
  });

  it('is quorate with more people than required, and ignores roles without a rule', () => {
    expect(evaluateQuorum(rules, { PHYSICIAN: 5, RADIOLOGIST: 2, PHARMACIST: 1, COORDINATOR: 3 })).toEqual({ quorate: true, missing: [] });
  });

  it('names each role that falls short with required and present counts', () => {
    expect(evaluateQuorum(rules, { PHYSICIAN: 1, PHARMACIST: 1 })).toEqual({
      quorate: false,
      missing: [
        { role: Role.RADIOLOGIST, required: 1, present: 0 },
        { role: Role.PHYSICIAN, required: 2, present: 1 },
      ],
    });
  });

  it('treats an empty room as missing everything the rules ask for', () => {
    expect(evaluateQuorum(DEFAULT_QUORUM_RULES, {}).missing.map((m) => `${m.role}:${m.required}/${m.present}`)).toEqual([
      'RADIOLOGIST:1/0',
      'PHYSICIAN:2/0',
      'PHARMACIST:1/0',
    ]);
  });

  it('is always quorate under empty rules or rules of zero', () => {
    expect(evaluateQuorum({}, {})).toEqual({ quorate: true, missing: [] });
    expect(evaluateQuorum({ PHYSICIAN: 0 }, {})).toEqual({ quorate: true, missing: [] });
  });
});

describe('countRoles', () => {
  it('counts a person once per role they hold, and a duplicated role once', () => {
    expect(countRoles([[Role.PHYSICIAN], [Role.PHYSICIAN, Role.RADIOLOGIST], [Role.PHARMACIST, Role.PHARMACIST]])).toEqual({
      PHYSICIAN: 2,
      RADIOLOGIST: 1,
      PHARMACIST: 1,
    });
  });
});

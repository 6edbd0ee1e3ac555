import { describe, expect, it } from 'vitest';
import { EMPTY_CARE_TEAM, callableDoctors, readCareTeam } from '../../src/engine/records/care-team';

describe('care-team contacts', () => {
  it('offers to call the doctors who have a number, family doctor first, never the physiotherapist', () => {
    const team = readCareTeam({
      rheumatology: { name: 'Dr Osei', phone: '020 7946 0000' }, 'family-doctor': { name: '', phone: '+44 1632 960000' },
      physiotherapist: { name: 'Sam', phone: '0161 496 0000' },
    });
    expect(callableDoctors(team)).toEqual([
      { role: 'family-doctor', name: '', phone: '+441632960000' }, { role: 'rheumatology', name: 'Dr Osei', phone: '02079460000' },
    ]);
  });

  it('reads anything stored badly as empty contacts instead of failing', () => {
    expect(readCareTeam(undefined)).toEqual(EMPTY_CARE_TEAM);
    expect(readCareTeam({ rheumatology: { name: 5, phone: ['x'] } })).toEqual(EMPTY_CARE_TEAM);
    expect(callableDoctors(EMPTY_CARE_TEAM)).toEqual([]);
  });
});

import { cleanPhoneNumber } from './settings';

/** Who in the care team a contact is. */
export type CareRole = 'rheumatology' | 'family-doctor' | 'physiotherapist';
export const CARE_ROLES: readonly CareRole[] = ['rheumatology', 'family-doctor', 'physiotherapist'];

/** One care-team contact: a name and a phone number (either may be empty until the person fills it in). */
export interface CareContact {
  name: string;
  phone: string;
}

/** The person's care team, one contact per role, kept on the device only. */
export type CareTeam = Readonly<Record<CareRole, CareContact>>;

/** Nobody saved yet. */
export const EMPTY_CARE_TEAM: CareTeam = {
  rheumatology: { name: '', phone: '' }, 'family-doctor': { name: '', phone: '' }, physiotherapist: { name: '', phone: '' },
};

/** Roles the urgent screens offer to call, in the order they are offered: doctors, not the physiotherapist. */
const DOCTORS: readonly CareRole[] = ['family-doctor', 'rheumatology'];

/** The doctors who can be called now: those with a phone number saved. */
export function callableDoctors(team: CareTeam): { role: CareRole; name: string; phone: string }[] {
  return DOCTORS.filter((role) => team[role].phone !== '').map((role) => ({ role, ...team[role] }));
}

/** A stored care team read back safely: unknown shapes become empty, numbers keep only digits and a plus. */
export function readCareTeam(value: unknown): CareTeam {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const contact = (role: CareRole): CareContact => {
    const raw = stored[role] as { name?: unknown; phone?: unknown } | undefined;
    const name = typeof raw?.name === 'string' ? raw.name.slice(0, 100) : '';
    const phone = typeof raw?.phone === 'string' ? cleanPhoneNumber(raw.phone).slice(0, 30) : '';
    return { name, phone };
  };
  return { rheumatology: contact('rheumatology'), 'family-doctor': contact('family-doctor'), physiotherapist: contact('physiotherapist') };
}

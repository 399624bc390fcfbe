import { sectors, type Sector } from '../../../shared/domain/workshop';

/** Participants per sector in the domain's order, only the sectors present; and how many consented. */
export function countBySector(participants: readonly { sector: Sector; consent: boolean }[]) {
  const counts = new Map<Sector, number>();
  let withConsent = 0;
  for (const participant of participants) {
    counts.set(participant.sector, (counts.get(participant.sector) ?? 0) + 1);
    if (participant.consent) withConsent += 1;
  }
  const bySector = sectors.filter((sector) => counts.has(sector)).map((sector) => ({ sector, count: counts.get(sector)! }));
  return { total: participants.length, withConsent, bySector };
}


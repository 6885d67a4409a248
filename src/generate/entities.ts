import type { OrganizationKind } from '../model/kinds';
import type { Sampler } from './sampling';
import {
  ACRONYM_SYLLABLES,
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  COUNTRY_WEIGHTS,
  FIELDS,
  HUB_KIND_WEIGHTS,
  KIND_WEIGHTS,
  PLACES,
} from './vocabulary';

export interface GeneratedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  country: string;
}

export const organizationId = (number: number) => `org-${String(number).padStart(7, '0')}`;
export const consortiumId = (number: number) => `cons-${String(number).padStart(6, '0')}`;

/** A consortium's name follows from its number alone, so every row of it gives the same one. */
export function consortiumName(number: number): string {
  const first = ACRONYM_SYLLABLES[(number * 7) % ACRONYM_SYLLABLES.length]!;
  const second = ACRONYM_SYLLABLES[(number * 13 + 5) % ACRONYM_SYLLABLES.length]!;
  return `${first}${second}-${number}`;
}

/** An organisation with a kind from CORDIS's mix (hubs: universities and institutes), a country and a name. */
export function drawOrganization(sampler: Sampler, number: number, hub: boolean): GeneratedOrganization {
  const kind = sampler.weighted(hub ? HUB_KIND_WEIGHTS : KIND_WEIGHTS);
  const country = sampler.weighted(COUNTRY_WEIGHTS);
  const place = sampler.pick(PLACES);
  const field = sampler.pick(FIELDS);
  return { id: organizationId(number), name: `${nameFor(kind, place, field, sampler)} ${number}`, kind, country };
}

function nameFor(kind: OrganizationKind, place: string, field: string, sampler: Sampler): string {
  switch (kind) {
    case 'COMPANY':
      return `${sampler.pick(COMPANY_WORDS)} ${field} ${sampler.pick(COMPANY_SUFFIXES)}`;
    case 'UNIVERSITY':
      return `University of ${place}`;
    case 'RESEARCH_INSTITUTE':
      return `${place} Institute for ${field}`;
    case 'GOVERNMENT_AGENCY':
      return `${place} Agency for ${field}`;
    case 'INDUSTRY_ACADEMIA_FOUNDATION':
      return `${place} Research Foundation`;
    case 'OTHER':
      return `${place} ${field} Association`;
  }
}

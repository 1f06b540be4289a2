import type { AgencyProfile } from './agency-profiles.ts';
import {
  abbreviateMaria,
  dropCompoundPart,
  dropParticles,
  mojibake,
  nickname,
  phoneticMisspelling,
  typo,
  withoutAccents,
} from './corruptions.ts';
import type { Nationality, Person } from './people.ts';
import type { Random } from './random-tools.ts';

/** One agency's record of a person, in the default input layout. */
export function agencyRecord(
  person: Person,
  agency: AgencyProfile,
  recordId: string,
  random: Random,
): string[] {
  const style = (value: string) => {
    let styled = random.chance(agency.noAccents) ? withoutAccents(value) : value;
    if (random.chance(agency.upperCase)) styled = styled.toUpperCase();
    return random.chance(agency.mojibake) ? mojibake(styled) : styled;
  };
  const [given, surname1, surname2] = names(person, agency, random);
  return [
    recordId,
    agency.name,
    style(given),
    style(surname1),
    style(surname2),
    random.chance(agency.sexMissing) ? '' : sexText(person.sex, random),
    birthDate(person.birth, agency.birth, random),
    random.chance(agency.nationalityMissing) ? '' : nationalityText(person.nationality, random),
    person.curp && random.chance(agency.curp) ? curpText(person.curp, agency.curpTypo, random) : '',
    person.phone && random.chance(agency.phone)
      ? phoneText(person.phone, person.nationality, agency.phoneTypo, random)
      : '',
  ];
}

function names(person: Person, agency: AgencyProfile, random: Random): [string, string, string] {
  const g = agency.given;
  let given = person.given;
  if (random.chance(g.nickname)) given = nickname(given, random);
  else if (random.chance(g.dropCompound)) given = dropCompoundPart(given, random);
  else if (random.chance(g.abbreviate)) given = abbreviateMaria(given, random);
  if (random.chance(g.phonetic)) given = phoneticMisspelling(given, random);
  if (random.chance(g.typo)) given = typo(given, random);
  if (random.chance(g.missing)) given = '';
  const s = agency.surnames;
  let paternal = person.paternal;
  let maternal = person.maternal ?? '';
  if (random.chance(s.dropParticle))
    [paternal, maternal] = [dropParticles(paternal), dropParticles(maternal)];
  if (random.chance(s.phonetic)) paternal = phoneticMisspelling(paternal, random);
  if (random.chance(s.phonetic)) maternal = phoneticMisspelling(maternal, random);
  if (random.chance(s.typo)) paternal = typo(paternal, random);
  if (random.chance(s.typo)) maternal = typo(maternal, random);
  if (random.chance(s.dropMaternal)) maternal = '';
  if (maternal !== '' && random.chance(s.swap)) [paternal, maternal] = [maternal, paternal];
  if (random.chance(s.givenSwap)) [given, paternal] = [paternal, given];
  if (random.chance(s.joined)) return [given, `${paternal} ${maternal}`.trim(), ''];
  return [given, paternal, maternal];
}

function birthDate(birth: Person['birth'], rates: AgencyProfile['birth'], random: Random): string {
  if (random.chance(rates.missing)) return '';
  let { year, month, day } = birth;
  if (random.chance(rates.offByOne)) {
    if (random.chance(0.5)) year += random.chance(0.5) ? 1 : -1;
    else day = Math.max(1, Math.min(28, day + (random.chance(0.5) ? 1 : -1)));
  }
  if (random.chance(rates.swap) && day <= 12) [month, day] = [day, month];
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = `${year}-${pad(month)}-${pad(day)}`;
  if (random.chance(rates.typo)) {
    const at = random.pick([2, 3, 6, 9]);
    text = text.slice(0, at) + random.int(10) + text.slice(at + 1);
  }
  if (random.chance(rates.yearOnly)) return text.slice(0, 4);
  if (random.chance(rates.yearMonth)) return text.slice(0, 7);
  return text;
}

function sexText(sex: 'F' | 'M', random: Random): string {
  const words = sex === 'F' ? ['F', 'Mujer', 'femenino', 'F'] : ['M', 'Hombre', 'masculino', 'M'];
  return random.pick(words);
}

const NATIONALITY_WORDS: Record<Nationality, string[]> = {
  MEX: ['Mexicana', 'MEX', 'México', 'mexicano', 'MX'],
  GTM: ['Guatemala', 'GTM', 'guatemalteca', 'Guatemalteco'],
  HND: ['Honduras', 'HND', 'hondureña', 'Hondureño'],
  SLV: ['El Salvador', 'SLV', 'salvadoreña', 'Salvadoreño'],
  NIC: ['Nicaragua', 'NIC', 'nicaragüense'],
};

function nationalityText(nationality: Nationality, random: Random): string {
  return random.pick(NATIONALITY_WORDS[nationality]);
}

const CONSONANTS = 'BCDFGHJKLMNPQRSTVWXYZ';

/** A mistyped CURP keeps its shape (another consonant or digit) but no longer passes its check digit. */
function curpText(curp: string, typoRate: number, random: Random): string {
  if (!random.chance(typoRate)) return curp;
  const at = random.pick([13, 14, 15, 17]);
  const replacement =
    at === 17 ? String((Number(curp[17]) + 1 + random.int(9)) % 10) : random.pick([...CONSONANTS]);
  return curp.slice(0, at) + replacement + curp.slice(at + 1);
}

const CALLING_CODES: Record<Nationality, string> = {
  MEX: '52',
  GTM: '502',
  HND: '504',
  SLV: '503',
  NIC: '505',
};

function phoneText(number: string, nationality: Nationality, typoRate: number, random: Random): string {
  let digits = number;
  if (random.chance(typoRate)) {
    const at = random.int(digits.length);
    digits = digits.slice(0, at) + ((Number(digits[at]) + 1) % 10) + digits.slice(at + 1);
  }
  const code = CALLING_CODES[nationality];
  if (nationality !== 'MEX') {
    return random.pick([
      `+${code} ${digits.slice(0, 4)} ${digits.slice(4)}`,
      `${code}${digits}`,
      `${digits.slice(0, 4)}-${digits.slice(4)}`,
    ]);
  }
  const area = digits.slice(0, 2);
  const rest = digits.slice(2);
  return random.pick([
    digits,
    `+52 ${area} ${rest.slice(0, 4)} ${rest.slice(4)}`,
    `044 ${digits}`,
    `(${area}) ${rest.slice(0, 4)}-${rest.slice(4)}`,
    `+521${digits}`,
    `01 ${area} ${rest}`,
  ]);
}

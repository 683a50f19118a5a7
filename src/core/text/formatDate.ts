export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO value as a person reads it: "4 April 2024", "April 2020", "2021", "4 December (year unknown)", and a
 * range `START/END` as "2019–2023".
 */
export function formatDate(iso: string): string {
  const slash = iso.indexOf('/');
  if (slash > 0) return `${formatDate(iso.slice(0, slash))}–${formatDate(iso.slice(slash + 1))}`;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match) return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(iso);
  if (match) return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  match = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (match) return `${Number(match[2])} ${MONTHS[Number(match[1]) - 1]} (year unknown)`;
  match = /^--(\d{2})$/.exec(iso);
  if (match) return `${MONTHS[Number(match[1]) - 1]} (year unknown)`;
  return iso;
}
